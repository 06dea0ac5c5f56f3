package dev.shotcharts.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code status} finds: each process as the watcher saw it, the lake's table, the job's lag
 * and checkpoints, and whether a job that should run does not. Parts whose service is down are
 * empty.
 */
public record StackStatus(
    List<Process> processes,
    String lastAction,
    Optional<Table> table,
    Optional<Lag> lag,
    List<Job> jobs,
    boolean jobMissing) {

  /** A checkpoint older than this is overdue (the job checkpoints every 10 s). */
  public static final Duration CHECKPOINT_OVERDUE = Duration.ofSeconds(60);

  public enum State {
    RUNNING,
    RESTARTING,
    FAILED,
    STOPPED
  }

  /** One process; pid and start only when it runs; the watcher's note when it is not. */
  public record Process(
      String name, State state, long pid, Instant started, int restarts, String note, String ui) {}

  /** The process called {@code name}, if the stack has it. */
  public Optional<Process> process(String name) {
    return processes.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Whether the watcher runs. */
  public boolean watching() {
    return process(StackService.WATCH.processName())
        .filter(p -> p.state() == State.RUNNING)
        .isPresent();
  }

  /**
   * The lake's table: its current snapshot (id 0 when it has none yet), its rows, how many
   * snapshots it keeps, where its catalog's properties are; {@code error} when it cannot be read.
   */
  public record Table(
      String name,
      long snapshotId,
      Instant committed,
      String rows,
      int snapshots,
      Path catalogProperties,
      String error) {}

  /** The job's consumer lag now, the watcher's last samples, or why it is unknown. */
  public record Lag(String topic, long records, List<Long> samples, String error) {
    /** Rising over the last samples and not back to zero. */
    public boolean growing() {
      return growing(samples);
    }

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

  /**
   * A job of the cluster that is not history (running, restarting, or failed); a running one with
   * its state backend, its last checkpoint and whether that is overdue.
   */
  public record Job(
      FlinkRest.Job job,
      String stateBackend,
      Optional<FlinkRest.Checkpoint> latest,
      boolean checkpointOverdue) {}
}
