package dev.shotcharts.localstack;

import dev.shotcharts.clients.ConsumerLag;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.model.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the local stack up without a human: restarts a process that dies (backoff from 1 s to a
 * minute, at most {@link #LIMIT} restarts in {@link #WINDOW}, each logged with the end of the dead
 * process's log), resubmits the Flink job from its newest state after a JobManager restart, rolls
 * over logs that grow too large, and records what it sees for {@code status}. It runs as one more
 * process of the stack, started by {@code up} and stopped first by {@code down}.
 */
public final class StackWatch {
  /** Its output is its log ({@code logs/watch.log}), whatever logging the class path brings. */
  private static final java.io.PrintStream LOG = System.out;

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

  static final int LIMIT = 5;
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);
  static final long LOG_LIMIT_BYTES = 64L << 20;
  static final Duration TICK = Duration.ofSeconds(2);
  static final int LAG_SAMPLES = 6;
  static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

  /** Uploads begun this long before the oldest restorable state are aborted: a wide margin. */
  static final Duration CLEANUP_MARGIN = Duration.ofHours(1);

  private final JobOperator job;
  private final StackConfig config;
  private final Supervisor supervisor;
  private final Clock clock;
  private final Map<String, Restarts> restarts = new HashMap<>();
  private final Map<String, Instant> since = new HashMap<>();
  private final List<Long> lag = new ArrayList<>();
  private Instant nextLagSample = Instant.MIN;
  private Instant nextCleanup = Instant.MIN;
  private MultipartCleanup cleanup;
  private String lastAction;

  /** Restarts of one process within the window, and when the next attempt may go. */
  private static final class Restarts {
    final List<Instant> times = new ArrayList<>();
    Instant nextAttempt = Instant.MIN;
    boolean failed;
  }

  StackWatch(JobOperator job, StackConfig config, Clock clock) {
    this.job = job;
    this.config = config;
    this.supervisor = new Supervisor(config);
    this.clock = clock;
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    StackConfig config =
        StackConfig.describedAt(home)
            .orElseThrow(
                () -> new StackException("no stack described in " + home + " (bin/shotcharts up)"));
    StackWatch watch =
        new StackWatch(new JobOperator(config, EngineJars.fromBuild()), config, Clock.systemUTC());
    watch.log("INFO", "watching the stack under %s every %s", home, TICK);
    while (!Thread.currentThread().isInterrupted()) {
      watch.step();
      Thread.sleep(TICK.toMillis());
    }
  }

  /** One look at every process and the job. */
  void step() throws InterruptedException {
    Map<String, WatchState.Process> processes = new LinkedHashMap<>();
    List<Service> started;
    try {
      started = supervisor.started();
    } catch (IOException e) {
      log("WARN", "cannot read the stack's processes: %s", e.toString());
      return;
    }
    for (Service service : started) {
      if (service.name().equals(StackService.WATCH.processName())) {
        continue;
      }
      processes.put(service.name(), watch(service));
    }
    // Written before the job's recovery too: resubmitting uploads the job jar, which takes a while.
    writeState(processes);
    recoverJob(processes);
    sampleLag(processes);
    cleanUp(processes);
    writeState(processes);
  }

  private void writeState(Map<String, WatchState.Process> processes) {
    try {
      new WatchState(now().toString(), processes, List.copyOf(lag), lastAction)
          .write(config.home());
    } catch (IOException e) {
      log("WARN", "cannot write %s: %s", WatchState.FILE, e.toString());
    }
  }

  private WatchState.Process watch(Service service) throws InterruptedException {
    String name = service.name();
    Restarts r = restarts.computeIfAbsent(name, n -> new Restarts());
    Instant now = now();
    r.times.removeIf(t -> t.isBefore(now.minus(WINDOW)));
    if (supervisor.running(name).isPresent()) {
      since.putIfAbsent(name, now);
      rollOver(name);
      return new WatchState.Process("running", since.get(name).toString(), r.times.size(), null);
    }
    since.remove(name);
    if (r.failed || r.times.size() >= LIMIT) {
      if (!r.failed) {
        r.failed = true;
        act(
            "%s failed: %d restarts within %s; not restarting it again (see %s)",
            name, LIMIT, WINDOW, supervisor.log(name));
      }
      return new WatchState.Process(
          "failed", null, r.times.size(), "restarted " + LIMIT + " times within " + WINDOW);
    }
    if (now.isBefore(r.nextAttempt)) {
      return new WatchState.Process(
          "restarting", null, r.times.size(), "next attempt " + r.nextAttempt);
    }
    act(
        "%s is not running; restarting it (restart %d); the end of %s:%n%s",
        name, r.times.size() + 1, supervisor.log(name), Supervisor.tail(supervisor.log(name), 20));
    r.times.add(now);
    Duration backoff = Duration.ofSeconds(1L << Math.min(r.times.size() - 1, 6));
    r.nextAttempt = now.plus(backoff.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff);
    try {
      supervisor.start(service, Duration.ofSeconds(90));
      since.put(name, now());
      act("%s is running again", name);
      return new WatchState.Process("running", since.get(name).toString(), r.times.size(), null);
    } catch (IOException | RuntimeException e) {
      act("%s did not start: %s", name, e.getMessage());
      return new WatchState.Process("restarting", null, r.times.size(), e.getMessage());
    }
  }

  /** After a JobManager restart the job is gone: start it again from its newest state. */
  private void recoverJob(Map<String, WatchState.Process> processes) {
    WatchState.Process jobManager = processes.get(StackService.FLINK_JOBMANAGER.processName());
    if (jobManager == null || !jobManager.state().equals("running")) {
      return;
    }
    if (!job.shouldRun()) {
      return;
    }
    try {
      if (job.flink().taskManagers() < 1) {
        return;
      }
      job.ensure()
          .ifPresent(
              started ->
                  act("the Flink job was gone (a JobManager restart); resubmitted %s", started));
    } catch (Exception e) {
      log("WARN", "cannot check or resubmit the Flink job yet: %s", e.toString());
    }
  }

  /** The job's lag every 10 s, so that {@code status} can tell a growing lag. */
  private void sampleLag(Map<String, WatchState.Process> processes) {
    WatchState.Process kafka = processes.get(StackService.KAFKA.processName());
    if (kafka == null || !kafka.state().equals("running") || now().isBefore(nextLagSample)) {
      return;
    }
    nextLagSample = now().plusSeconds(10);
    try {
      lag.add(ConsumerLag.of(config.bootstrapServers(), Topics.FLINK_GROUP, Topics.SHOT_CHARTS));
      while (lag.size() > LAG_SAMPLES) {
        lag.remove(0);
      }
    } catch (Exception e) {
      log("DEBUG", "lag: %s", e.toString());
    }
  }

  /** Every ten minutes: the multipart uploads no restorable state can need are aborted. */
  private void cleanUp(Map<String, WatchState.Process> processes) {
    WatchState.Process s3 = processes.get(StackService.S3.processName());
    if (s3 == null || !s3.state().equals("running") || now().isBefore(nextCleanup)) {
      return;
    }
    nextCleanup = now().plus(CLEANUP_EVERY);
    try {
      if (cleanup == null) {
        cleanup =
            new MultipartCleanup(
                dev.shotcharts.engines.S3Server.connect(config.s3Endpoint()),
                StackConfig.BUCKET,
                clock);
      }
      job.oldestRestorable()
          .map(oldest -> cleanup.abortBegunBefore(oldest.minus(CLEANUP_MARGIN)))
          .filter(aborted -> aborted > 0)
          .ifPresent(
              aborted ->
                  act(
                      "aborted %d unfinished multipart uploads older than the job's oldest"
                          + " restorable state less %s",
                      aborted, CLEANUP_MARGIN));
    } catch (RuntimeException | IOException e) {
      log("WARN", "multipart clean-up: %s", e.toString());
    }
  }

  private void rollOver(String name) {
    try {
      Path log = supervisor.log(name);
      if (Files.isRegularFile(log) && Files.size(log) > LOG_LIMIT_BYTES) {
        supervisor.rotate(name);
      }
    } catch (IOException e) {
      log("WARN", "cannot roll over the log of %s: %s", name, e.toString());
    }
  }

  private void act(String format, Object... args) {
    String line = String.format(format, args);
    lastAction = now().truncatedTo(ChronoUnit.SECONDS) + " " + line.lines().findFirst().orElse("");
    log("WARN", "%s", line);
  }

  private void log(String level, String format, Object... args) {
    if (!level.equals("DEBUG")) {
      LOG.printf("%s %-5s %s%n", TIME.format(now()), level, String.format(format, args));
      LOG.flush();
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
