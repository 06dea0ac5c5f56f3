package dev.shotcharts.bench.throughput;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The plain-Java ceiling ({@link CeilingPipeline}) in its own JVM with a 1 GiB heap. */
final class CeilingThroughput {
  private final BenchContext ctx;

  CeilingThroughput(BenchContext ctx) {
    this.ctx = ctx;
  }

  ThroughputResult run(String topic, long records, int run) throws Exception {
    Path out = ctx.workDir().resolve("ceiling/run-" + run);
    Files.createDirectories(out);
    String result =
        new ChildJvm(ctx.jars().harnessClasspath(), List.of("-Xmx1g"), Map.of())
            .run(
                CeilingPipeline.class.getName(),
                List.of(ctx.config().bootstrapServers(), topic, out.toString()),
                "CEILING-RESULT",
                process -> ctx.footprint().watch("ceiling", process));
    return ThroughputResult.ofChild(
        "ceiling",
        records,
        ChildJvm.field(result, "millis"),
        ChildJvm.field(result, "rows"),
        "ceiling",
        ChildJvm.field(result, "cpuMillis"));
  }
}
