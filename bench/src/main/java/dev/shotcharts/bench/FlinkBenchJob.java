package dev.shotcharts.bench;

import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.flink.job.JobConfig;
import dev.shotcharts.localstack.FlinkRest;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Our Flink job, submitted to the stack's cluster on a bench topic and a bench lake prefix. */
public final class FlinkBenchJob {
  /** The production checkpoint interval (the job's default). */
  public static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

  static final String DEAD_LETTERS = Topics.DEAD_LETTERS + "_bench";

  private final BenchContext ctx;

  public FlinkBenchJob(BenchContext ctx) {
    this.ctx = ctx;
  }

  /** Submits the job reading {@code topic} into {@code s3://bucket/prefix}; returns its id. */
  public String submit(String topic, String prefix, boolean stopAtLatest, List<String> extraArgs)
      throws Exception {
    return submit(topic, DEAD_LETTERS, prefix, stopAtLatest, extraArgs);
  }

  /**
   * As {@link #submit(String, String, boolean, List)}, its dead letters into {@code deadLetters}.
   */
  public String submit(
      String topic, String deadLetters, String prefix, boolean stopAtLatest, List<String> extraArgs)
      throws Exception {
    PipelineTopics.createMissing(
        ctx.config().bootstrapServers(), PipelineTopics.deadLetters(deadLetters, (short) 1));
    JobConfig job =
        JobConfig.defaults(
                ctx.config().bootstrapServers(), "s3://" + StackConfig.BUCKET + "/" + prefix)
            .withTopics(topic, deadLetters)
            .withGroupId("bench-" + prefix.replace('/', '-'))
            .withCheckpointInterval(CHECKPOINT_INTERVAL);
    List<String> args =
        new ArrayList<>((stopAtLatest ? job.stoppingAtLatestOffsets() : job).toArgs());
    args.addAll(extraArgs); // a lever: any argument of the job's, after (over) the bench's own
    return flink().run(ctx.engines().flinkJobJar(), args, null);
  }

  /** Waits for the job to reach {@code state}; fails when it fails or is cancelled. */
  public FlinkRest.Job await(String jobId, String state, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    long nextReport = System.nanoTime();
    while (System.nanoTime() < deadline) {
      FlinkRest.Job job = flink().job(jobId).orElseThrow();
      if (job.state().equals(state)) {
        return job;
      }
      if (job.state().equals("RESTARTING")) {
        // A measured run that fails is no measurement; its cause is on the dashboard.
        flink().cancel(jobId);
        throw new IllegalStateException(
            "the Flink job "
                + jobId
                + " failed and was cancelled; see its exceptions on "
                + ctx.config().flinkUrl());
      }
      if (job.state().equals("FAILED")
          || (job.state().equals("CANCELED") && !state.equals("CANCELED"))) {
        throw new IllegalStateException(
            "the Flink job " + jobId + " is " + job.state() + "; see " + ctx.config().flinkUrl());
      }
      if (System.nanoTime() >= nextReport) {
        System.out.printf(
            "bench: Flink job %s, %d s (dashboard %s)%n",
            job.state(), job.durationMillis() / 1000, ctx.config().flinkUrl());
        nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the Flink job " + jobId + " did not reach " + state);
  }

  public void cancel(String jobId) throws Exception {
    flink().cancel(jobId);
    await(jobId, "CANCELED", Duration.ofMinutes(1));
  }

  private FlinkRest flink() {
    return ctx.stack().job().flink();
  }
}
