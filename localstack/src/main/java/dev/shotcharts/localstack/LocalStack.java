package dev.shotcharts.localstack;

import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.localstack.ProcessChange.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The no-Docker stack: a Kafka broker (KRaft), an S3 server, a Flink session cluster and a Spark
 * standalone cluster (its history server when asked), each its own JVM from Maven artifacts, bound
 * to 127.0.0.1. State (data, logs, pids) lives under one directory. What each process is lives in
 * the {@link ServiceCatalogue}, the Flink job is the {@link JobOperator}'s; this facade starts and
 * stops them and tells their states as values, which the command line words.
 */
public final class LocalStack {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final StackConfig config;
  private final ServiceCatalogue catalogue;
  private final Supervisor supervisor;
  private final JobOperator job;

  public LocalStack(StackConfig config, EngineJars jars) {
    this.config = config;
    this.catalogue = new ServiceCatalogue(config, jars);
    this.supervisor = new Supervisor(config);
    this.job = new JobOperator(config, jars);
  }

  /**
   * The stack whose home is {@code home}, if {@code up} described it there and its broker and S3
   * server are running: the verbs then use it by default.
   */
  public static Optional<StackConfig> runningAt(Path home) {
    return StackConfig.describedAt(home)
        .filter(
            config -> {
              Supervisor supervisor = new Supervisor(config);
              return supervisor.running(StackService.KAFKA.processName()).isPresent()
                  && supervisor.running(StackService.S3.processName()).isPresent();
            });
  }

  /** The stack's Flink job. */
  public JobOperator job() {
    return job;
  }

  /** Starts what is not running yet, then the watcher; what it did to each. */
  public List<ProcessChange> up() throws Exception {
    List<ProcessChange> changes = new ArrayList<>();
    for (StackService service : StackService.ALWAYS) {
      changes.add(startUnlessRunning(service));
    }
    config.describe();
    Files.createDirectories(config.data("catalog"));
    ShotsCatalog.writeProperties(config.lake(), config.catalogProperties());
    changes.add(startUnlessRunning(StackService.WATCH));
    return changes;
  }

  /** Starts Spark's history server unless it runs. */
  public ProcessChange startHistory() throws Exception {
    return startUnlessRunning(StackService.SPARK_HISTORY);
  }

  public boolean historyRunning() {
    return supervisor.running(StackService.SPARK_HISTORY.processName()).isPresent();
  }

  /** Where the Spark applications write their event logs, for the history server. */
  public Path sparkEvents() {
    return catalogue.sparkEvents();
  }

  /**
   * Starts the season's follower as one more process of the stack ({@code command} runs {@code
   * shotcharts follow}; its log goes to the stack's logs), unless it is running already.
   */
  public ProcessChange startFollower(int season, List<String> command) throws Exception {
    return startUnlessRunning(catalogue.follower(season, command));
  }

  /** Where the season's follower writes its state for {@code status}. */
  public Path followerState(int season) {
    return catalogue.followerState(season);
  }

  private ProcessChange startUnlessRunning(StackService service) throws Exception {
    if (supervisor.running(service.processName()).isEmpty()) {
      catalogue.prepare(service);
    }
    ProcessChange change = startUnlessRunning(catalogue.service(service));
    if (service == StackService.FLINK_TASKMANAGER && change.outcome() == Outcome.STARTED) {
      awaitTaskManager();
    }
    return change;
  }

  private ProcessChange startUnlessRunning(Service service) throws Exception {
    if (supervisor.running(service.name()).isPresent()) {
      return ProcessChange.of(service, Outcome.ALREADY_RUNNING);
    }
    supervisor.start(service, START_TIMEOUT);
    return ProcessChange.of(service, Outcome.STARTED);
  }

  /** Stops the Flink jobs with a savepoint, then every process; keeps the data unless purged. */
  public StackDown down(boolean purge) throws Exception {
    List<ProcessChange> stopped = new ArrayList<>();
    // First the watcher, or it would start again what is being stopped; what it restarted are
    // processes of the stack in their own right, stopped below.
    Service watch = catalogue.service(StackService.WATCH);
    if (supervisor.stopAlone(watch.name())) {
      stopped.add(ProcessChange.of(watch, Outcome.STOPPED));
    }
    List<JobOperator.Stopped> jobs =
        supervisor.running(StackService.FLINK_JOBMANAGER.processName()).isPresent()
            ? job.stopAll()
            : List.of();
    Files.deleteIfExists(config.home().resolve(StackConfig.DESCRIPTION));
    for (Service follower : followers()) {
      if (supervisor.stop(follower.name())) {
        stopped.add(ProcessChange.of(follower, Outcome.STOPPED));
      }
    }
    Service history = catalogue.service(StackService.SPARK_HISTORY);
    if (supervisor.stop(history.name())) {
      stopped.add(ProcessChange.of(history, Outcome.STOPPED));
    }
    List<Service> services = new ArrayList<>(catalogue.always());
    java.util.Collections.reverse(services);
    for (Service service : services) {
      boolean was = supervisor.stop(service.name());
      stopped.add(ProcessChange.of(service, was ? Outcome.STOPPED : Outcome.WAS_NOT_RUNNING));
    }
    Path removed = null;
    if (purge && Files.exists(config.home())) {
      try (Stream<Path> paths = Files.walk(config.home())) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      removed = config.home();
    }
    return new StackDown(jobs, stopped, removed);
  }

  /** Each process, the watcher's word on each, the lake's table, the job. */
  public StackStatus status() throws Exception {
    return new StatusReader(config, catalogue, supervisor, job).read();
  }

  /**
   * The stack's running processes by name, in start order: the services, the history server when
   * asked for, and the watcher (followers are not the stack's own).
   */
  public Map<String, ProcessHandle> processes() {
    Map<String, ProcessHandle> running = new LinkedHashMap<>();
    for (StackService service : StackService.values()) {
      String name = service.processName();
      supervisor.running(name).ifPresent(p -> running.put(name, p));
    }
    return running;
  }

  /** This JVM's class path with every entry absolute: for processes that run in the home. */
  public static String absoluteClasspath() {
    return ServiceCatalogue.absoluteClasspath();
  }

  /** The followers {@code up --follow} started and nothing stopped since. */
  private List<Service> followers() throws IOException {
    return supervisor.started().stream().filter(s -> StackService.isFollower(s.name())).toList();
  }

  private void awaitTaskManager() throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (job.flink().taskManagers() < 1) {
      if (System.nanoTime() > deadline) {
        throw new StackException(
            "the Flink TaskManager did not register within "
                + START_TIMEOUT.toSeconds()
                + " s; see "
                + supervisor.log(StackService.FLINK_TASKMANAGER.processName()));
      }
      Thread.sleep(300);
    }
  }
}
