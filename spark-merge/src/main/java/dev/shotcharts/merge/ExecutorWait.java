package dev.shotcharts.merge;

import java.time.Duration;
import java.util.Optional;

/**
 * The watchdog's rule, apart from Spark so it is tested without a cluster: told the number of
 * executors now and then, it says when the job has had none for longer than the bound, and why in
 * words (none granted since the start, or all lost and none back).
 */
final class ExecutorWait {
  private final String master;
  private final Duration bound;
  private long lastWithExecutors;
  private boolean hadExecutors;

  ExecutorWait(String master, Duration bound, long startNanos) {
    this.master = master;
    this.bound = bound;
    this.lastWithExecutors = startNanos;
  }

  /** The reason to give up, once the job has had no executor for longer than the bound. */
  Optional<String> observe(int executors, long nowNanos) {
    if (executors > 0) {
      hadExecutors = true;
      lastWithExecutors = nowNanos;
      return Optional.empty();
    }
    if (nowNanos - lastWithExecutors <= bound.toNanos()) {
      return Optional.empty();
    }
    return Optional.of(
        (hadExecutors
                ? "the Spark cluster at " + master + " lost every executor and gave none back"
                : "the Spark cluster at " + master + " granted no executor")
            + " within "
            + bound.toSeconds()
            + " s (is its master up, a worker registered, and are cores and memory free?);"
            + " the job is stopped: a merge commits only once its writes are done, and the next"
            + " run finishes one stopped after its commit");
  }
}
