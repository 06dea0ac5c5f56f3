package dev.shotcharts.localstack;

import dev.shotcharts.engines.ConsumerLag;
import dev.shotcharts.engines.ShotsCatalog;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code status} says: each process (running with its uptime and restarts, restarting, or
 * failed, as the watcher saw it), the watcher, the job's lag and its checkpoints, and warnings.
 */
final class StackStatus {
  private final LocalStack stack;
  private final StackConfig config;
  private final Supervisor supervisor;

  StackStatus(LocalStack stack, StackConfig config, Supervisor supervisor) {
    this.stack = stack;
    this.config = config;
    this.supervisor = supervisor;
  }

  /** The lake's table: its current snapshot, its rows, how many snapshots it keeps. */
  private String table() {
    try (ShotsCatalog catalog = ShotsCatalog.open(config.lakeSettings())) {
      var snapshots = catalog.snapshots();
      if (snapshots.isEmpty()) {
        return "table " + Lake.TABLE_NAME + ": no snapshot yet (merge a season)";
      }
      var current = catalog.table().orElseThrow().currentSnapshot();
      return "table "
          + Lake.TABLE_NAME
          + ": snapshot "
          + current.snapshotId()
          + " of "
          + java.time.Instant.ofEpochMilli(current.timestampMillis())
          + ", "
          + current.summary().getOrDefault("total-records", "?")
          + " rows, "
          + snapshots.size()
          + " snapshots kept (catalog "
          + config.catalogProperties()
          + ")";
    } catch (Exception e) {
      return "table " + Lake.TABLE_NAME + ": unknown (" + e.getMessage() + ")";
    }
  }

  /** A checkpoint older than this is overdue (the job checkpoints every 10 s). */
  static final Duration CHECKPOINT_OVERDUE = Duration.ofSeconds(60);

  /** One line per process, the watcher's word on each, the jobs, and warnings. */
  List<String> lines() throws Exception {
    List<String> lines = new ArrayList<>();
    Optional<WatchState> watch = WatchState.read(config.home());
    Map<String, WatchState.Process> watched = watch.map(WatchState::processes).orElse(Map.of());
    for (Service service : stack.services()) {
      lines.add(
          LocalStack.line(service, processState(service.name(), watched.get(service.name()))));
    }
    String history = processState(LocalStack.HISTORY, watched.get(LocalStack.HISTORY));
    lines.add(
        LocalStack.line(
            stack.historyService(),
            history.equals("stopped") ? "stopped (up --history starts it)" : history));
    boolean watching = supervisor.running(StackWatch.NAME).isPresent();
    lines.add(
        String.format(
            "%-18s %-22s %s",
            StackWatch.NAME,
            watching ? "running" : "stopped",
            watching
                ? watch.map(w -> w.lastAction() == null ? "" : "last: " + w.lastAction()).orElse("")
                : "WARN nothing restarts a process that dies (bin/shotcharts up starts the watcher)"));
    if (supervisor.running("s3").isPresent()) {
      lines.add(table());
    }
    if (supervisor.running("kafka").isPresent()) {
      try {
        long lag =
            ConsumerLag.of(config.bootstrapServers(), Topics.FLINK_GROUP, Topics.SHOT_CHARTS);
        lines.add(
            "consumer lag of the Flink job on " + Topics.SHOT_CHARTS + ": " + lag + " records");
        watch
            .map(WatchState::lagSamples)
            .filter(StackStatus::growing)
            .ifPresent(
                samples -> lines.add("  WARN the lag is growing: " + samples + " (every 10 s)"));
      } catch (Exception e) {
        lines.add("consumer lag: unknown (" + e.getMessage() + ")");
      }
    }
    if (supervisor.running("flink-jobmanager").isPresent()) {
      FlinkRest flink = stack.flink();
      for (FlinkRest.Job job : flink.jobs()) {
        if (LocalStack.TERMINAL.contains(job.state()) && !job.state().equals("FAILED")) {
          continue; // what was stopped on purpose is history, not status
        }
        StringBuilder text =
            new StringBuilder("flink job " + job.id() + " " + job.name() + ": " + job.state());
        if (job.state().equals("RUNNING")) {
          Optional<FlinkRest.Checkpoint> latest = flink.latestCheckpoint(job.id());
          text.append(", state in ").append(flink.stateBackend(job.id()));
          text.append(", last checkpoint ").append(latest.map(Object::toString).orElse("none"));
          if (latest
              .map(c -> c.age().compareTo(CHECKPOINT_OVERDUE) > 0)
              .orElse(job.durationMillis() > CHECKPOINT_OVERDUE.toMillis())) {
            text.append("\n  WARN no checkpoint completed for over ")
                .append(CHECKPOINT_OVERDUE.toSeconds())
                .append(" s: nothing new reaches the lake (is the S3 server up?)");
          }
        }
        lines.add(text.toString());
      }
      if (JobRecord.read(config.home()).filter(JobRecord::shouldRun).isPresent()
          && !stack.hasLiveJob()) {
        lines.add(
            "  WARN the stack's Flink job should run but does not"
                + (watching ? " (the watcher resubmits it)" : " (bin/shotcharts flink resume)"));
      }
    }
    return lines;
  }

  /** running (with uptime and restarts), restarting or failed, as the watcher saw it. */
  private String processState(String name, WatchState.Process watched) {
    Optional<ProcessHandle> process = supervisor.running(name);
    int restarts = watched == null ? 0 : watched.restarts();
    if (process.isPresent()) {
      String up = process.get().info().startInstant().map(t -> ", up " + ago(t)).orElse("");
      return "running, pid "
          + process.get().pid()
          + up
          + (restarts > 0 ? ", " + restarts + " restarts" : "");
    }
    if (watched != null && !watched.state().equals("running")) {
      return watched.state() + (watched.note() == null ? "" : " (" + watched.note() + ")");
    }
    return "stopped";
  }

  private static String ago(java.time.Instant start) {
    Duration d = Duration.between(start, java.time.Instant.now());
    return d.toHours() > 0
        ? d.toHours() + "h" + String.format("%02d", d.toMinutesPart()) + "m"
        : d.toMinutes() + "m" + String.format("%02d", d.toSecondsPart()) + "s";
  }

  /** Rising over the last samples and not back to zero. */
  static boolean growing(List<Long> samples) {
    if (samples.size() < 3 || samples.get(samples.size() - 1) == 0) {
      return false;
    }
    for (int i = samples.size() - 3; i < samples.size() - 1; i++) {
      if (samples.get(i + 1) <= samples.get(i)) {
        return false;
      }
    }
    return true;
  }
}
