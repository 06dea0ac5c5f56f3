package dev.shotcharts.bench.throughput;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.FlinkBenchJob;
import dev.shotcharts.localstack.FlinkRest;
import dev.shotcharts.model.LakeLayout;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Our job on the stack's Flink cluster (parallelism 2, the production 10 s checkpoints) as a
 * backfill: it reads to the offsets latest at start and finishes once its last files are committed.
 * The time is the job's own, from submission to finished.
 */
final class FlinkThroughput {
  private final BenchContext ctx;
  private final String name;
  private final List<String> jobArgs;

  /** {@code jobArgs}: extra job arguments (a lever), reported under {@code name}. */
  FlinkThroughput(BenchContext ctx, String name, List<String> jobArgs) {
    this.ctx = ctx;
    this.name = name;
    this.jobArgs = List.copyOf(jobArgs);
  }

  ThroughputResult run(String topic, long records, int run) throws Exception {
    String prefix = BenchContext.runPrefix("flink", run);
    FlinkBenchJob job = new FlinkBenchJob(ctx);
    String jobId = job.submit(topic, prefix, true, jobArgs);
    FlinkRest.Job done = job.await(jobId, "FINISHED", Duration.ofMinutes(30));
    System.out.printf(
        "bench: Flink ran at parallelism %d%n", ctx.stack().job().flink().jobParallelism(jobId));
    long rows = ctx.lake().rowCount(prefix + "/" + LakeLayout.ONGOING);
    // The job runs in the stack's processes, whose CPU the suite measures around each run.
    return new ThroughputResult(name, records, done.durationMillis(), rows, Map.of());
  }
}
