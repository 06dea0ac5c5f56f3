package dev.shotcharts.merge;

import java.time.Duration;
import java.util.Optional;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a job whose cluster has no executor for it: none granted within the bound after the start,
 * or all lost and none back within it (a master or worker gone under a running merge). Without it
 * the driver waits forever for resources. It cancels the running Spark jobs, says what it waited
 * for, and ends the JVM with {@link #EXIT_CODE}. A merge stopped before its commit has changed
 * nothing (Iceberg commits only once every write is done); one stopped after it is finished by the
 * next run.
 */
final class ExecutorWatchdog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorWatchdog.class);

  /** The exit code of a job ended for want of executors. */
  static final int EXIT_CODE = 3;

  private static final Duration POLL = Duration.ofSeconds(1);

  private final Thread thread;

  private ExecutorWatchdog(Thread thread) {
    this.thread = thread;
  }

  /** Watches a cluster's executors; a local master has its executor in the driver: no watch. */
  static ExecutorWatchdog start(SparkContext sc, Duration bound) {
    if (sc.isLocal()) {
      return new ExecutorWatchdog(null);
    }
    Thread thread = new Thread(() -> watch(sc, bound), "shotcharts-executor-watchdog");
    thread.setDaemon(true);
    thread.start();
    return new ExecutorWatchdog(thread);
  }

  private static void watch(SparkContext sc, Duration bound) {
    ExecutorWait wait = new ExecutorWait(sc.master(), bound, System.nanoTime());
    try {
      while (!Thread.currentThread().isInterrupted()) {
        // The driver is listed among the executor infos; the others are executors.
        int executors = sc.statusTracker().getExecutorInfos().length - 1;
        Optional<String> giveUp = wait.observe(executors, System.nanoTime());
        if (giveUp.isPresent()) {
          LOG.error("{}", giveUp.get());
          System.err.println(MergeOutput.failure(giveUp.get()));
          sc.cancelAllJobs();
          Runtime.getRuntime().halt(EXIT_CODE);
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (thread != null) {
      thread.interrupt();
    }
  }
}
