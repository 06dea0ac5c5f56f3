package dev.shotcharts.bench.throughput;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.ChildJvm;
import dev.shotcharts.flink.job.ParquetFormat;
import dev.shotcharts.localstack.StackConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark Structured Streaming peer ({@code bench/spark-streaming}) in its own JVM, local[2] (one
 * task per core, as Flink's two slots), 1 GiB heap. The time is the query's own, from start to the
 * end of the availableNow run (without the JVM's and the session's start).
 */
final class SparkStreamingThroughput {
  private final BenchContext ctx;

  SparkStreamingThroughput(BenchContext ctx) {
    this.ctx = ctx;
  }

  ThroughputResult run(String topic, long records, int run) throws Exception {
    String prefix = BenchContext.runPrefix("spark", run);
    List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
    jvm.addAll(ctx.engines().sparkJavaOptions());
    String result =
        new ChildJvm(ctx.jars().sparkPeerClasspath(), jvm, ctx.sparkEnvironment())
            .run(
                "dev.shotcharts.bench.spark.StreamingPeer",
                List.of(
                    "--bootstrap-servers",
                    ctx.config().bootstrapServers(),
                    "--topic",
                    topic,
                    "--output",
                    "s3a://" + StackConfig.BUCKET + "/" + prefix,
                    "--s3-endpoint",
                    ctx.config().s3Endpoint(),
                    "--master",
                    "local[2]",
                    "--zstd-level",
                    String.valueOf(ParquetFormat.DEFAULT.zstdLevel())),
                "STREAM-RESULT",
                process -> ctx.footprint().watch("spark-streaming peer", process));
    long rows = ctx.lake().rowCount(prefix + "/shots");
    return ThroughputResult.ofChild(
        "Spark",
        records,
        ChildJvm.field(result, "millis"),
        rows,
        "spark-streaming peer",
        ChildJvm.field(result, "cpuMillis"));
  }
}
