package dev.shotcharts.cli;

import dev.shotcharts.localstack.JobOperator;
import dev.shotcharts.localstack.ProcessChange;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.localstack.StackDown;
import dev.shotcharts.localstack.StackService;
import dev.shotcharts.localstack.StackStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The local stack's states in words: one aligned line per process, then the lake and the job. */
public final class StackConsole {
  private StackConsole() {}

  public static String line(ProcessChange change) {
    return line(change.name(), words(change.outcome()), change.ui());
  }

  public static List<String> lines(List<ProcessChange> changes) {
    return changes.stream().map(StackConsole::line).toList();
  }

  public static List<String> lines(StackDown down) {
    List<String> lines = new ArrayList<>();
    for (JobOperator.Stopped job : down.jobs()) {
      lines.add(
          job.savepoint() != null
              ? "flink job " + job.name() + " stopped with savepoint " + job.savepoint()
              : "flink job "
                  + job.name()
                  + " could not stop with a savepoint ("
                  + job.error()
                  + "); its last retained checkpoint remains under s3://"
                  + StackConfig.BUCKET
                  + "/checkpoints");
    }
    lines.addAll(lines(down.processes()));
    if (down.removed() != null) {
      lines.add("removed " + down.removed());
    }
    return lines;
  }

  public static List<String> lines(StackStatus status) {
    List<String> lines = new ArrayList<>();
    for (StackStatus.Process process : status.processes()) {
      lines.add(line(process, status));
    }
    status.table().ifPresent(table -> lines.add(table(table)));
    status
        .lag()
        .ifPresent(
            lag -> {
              if (lag.error() != null) {
                lines.add("consumer lag: unknown (" + lag.error() + ")");
                return;
              }
              lines.add(
                  "consumer lag of the Flink job on "
                      + lag.topic()
                      + ": "
                      + lag.records()
                      + " records");
              if (lag.growing()) {
                lines.add("  WARN the lag is growing: " + lag.samples() + " (every 10 s)");
              }
            });
    for (StackStatus.Job job : status.jobs()) {
      lines.add(job(job));
    }
    if (status.jobMissing()) {
      lines.add(
          "  WARN the stack's Flink job should run but does not"
              + (status.watching()
                  ? " (the watcher resubmits it)"
                  : " (bin/shotcharts flink resume)"));
    }
    return lines;
  }

  private static String line(StackStatus.Process process, StackStatus status) {
    String name = process.name();
    if (name.equals(StackService.WATCH.processName())) {
      return process.state() == StackStatus.State.RUNNING
          ? line(name, "running", status.lastAction() == null ? "" : "last: " + status.lastAction())
          : line(
              name,
              "stopped",
              "WARN nothing restarts a process that dies (bin/shotcharts up starts the watcher)");
    }
    String state =
        switch (process.state()) {
          case RUNNING ->
              "running, pid "
                  + process.pid()
                  + (process.started() == null ? "" : ", up " + ago(process.started()))
                  + (process.restarts() > 0 ? ", " + process.restarts() + " restarts" : "");
          case RESTARTING, FAILED ->
              words(process.state()) + (process.note() == null ? "" : " (" + process.note() + ")");
          case STOPPED ->
              name.equals(StackService.SPARK_HISTORY.processName())
                  ? "stopped (up --history starts it)"
                  : "stopped";
        };
    return line(name, state, process.ui());
  }

  private static String table(StackStatus.Table table) {
    if (table.error() != null) {
      return "table " + table.name() + ": unknown (" + table.error() + ")";
    }
    if (table.snapshots() == 0) {
      return "table " + table.name() + ": no snapshot yet (merge a season)";
    }
    return "table "
        + table.name()
        + ": snapshot "
        + table.snapshotId()
        + " of "
        + table.committed()
        + ", "
        + table.rows()
        + " rows, "
        + table.snapshots()
        + " snapshots kept (catalog "
        + table.catalogProperties()
        + ")";
  }

  private static String job(StackStatus.Job job) {
    StringBuilder text =
        new StringBuilder(
            "flink job " + job.job().id() + " " + job.job().name() + ": " + job.job().state());
    if (job.stateBackend() != null) {
      text.append(", state in ").append(job.stateBackend());
      text.append(", last checkpoint ").append(job.latest().map(Object::toString).orElse("none"));
    }
    if (job.checkpointOverdue()) {
      text.append("\n  WARN no checkpoint completed for over ")
          .append(StackStatus.CHECKPOINT_OVERDUE.toSeconds())
          .append(" s: nothing new reaches the lake (is the S3 server up?)");
    }
    return text.toString();
  }

  private static String line(String name, String state, String ui) {
    return String.format("%-18s %-22s %s", name, state, ui == null ? "" : ui);
  }

  private static String words(Enum<?> state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String ago(Instant start) {
    Duration d = Duration.between(start, Instant.now());
    return d.toHours() > 0
        ? d.toHours() + "h" + String.format("%02d", d.toMinutesPart()) + "m"
        : d.toMinutes() + "m" + String.format("%02d", d.toSecondsPart()) + "s";
  }
}
