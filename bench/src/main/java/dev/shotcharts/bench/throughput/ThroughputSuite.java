package dev.shotcharts.bench.throughput;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.Report;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.bench.SyntheticTopic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kafka → committed Parquet, the same topic read by the three engines in turn, run after run (so a
 * drift of the machine touches all three alike); every output reconciled against the topic.
 */
public final class ThroughputSuite {
  public static final String TABLE = "Throughput, Kafka → committed Parquet";
  static final int PARTITIONS = 2; // one per core

  /** The engines compared. Levers are tried on Flink alone, right after a Flink run without. */
  public enum Engine {
    FLINK,
    SPARK,
    CEILING
  }

  private final BenchContext ctx;
  private final Set<Engine> engines;
  private final List<String> levers;

  /** {@code levers}: Flink job arguments to try, each a space-separated string; usually none. */
  public ThroughputSuite(BenchContext ctx, Set<Engine> engines, List<String> levers) {
    this.ctx = ctx;
    this.engines = Set.copyOf(engines);
    this.levers = List.copyOf(levers);
  }

  /** Runs the engines; returns the peak resident MiB of every process seen during the runs. */
  public Map<String, Double> run() throws Exception {
    int records = ctx.sizes().records();
    String topic = "bench_raw_" + records;
    SyntheticTopic synthetic = new SyntheticTopic(ctx.config().bootstrapServers());
    if (synthetic.size(topic) != records) {
      synthetic.create(topic, PARTITIONS);
      double rate = synthetic.fill(topic, records, 2025);
      ctx.report().add(new Sample(TABLE, "generator → Kafka", "records/s", List.of(rate)));
    }

    Map<String, List<Double>> rates = new LinkedHashMap<>();
    ctx.footprint().start(ctx.stack().processes());
    for (int run = 1; run <= ctx.sizes().runs(); run++) {
      List<ThroughputResult> results = new ArrayList<>();
      for (Engine engine : EnumSet.copyOf(engines)) {
        System.out.printf("bench: throughput run %d of %d, %s%n", run, ctx.sizes().runs(), engine);
        results.add(
            switch (engine) {
              case FLINK -> new FlinkThroughput(ctx, "Flink", List.of()).run(topic, records, run);
              case SPARK -> new SparkStreamingThroughput(ctx).run(topic, records, run);
              case CEILING -> new CeilingThroughput(ctx).run(topic, records, run);
            });
        for (String lever : engine == Engine.FLINK ? levers : List.<String>of()) {
          System.out.printf("bench: throughput run %d, Flink with %s%n", run, lever);
          results.add(
              new FlinkThroughput(ctx, lever, List.of(lever.split(" +"))).run(topic, records, run));
        }
      }
      for (ThroughputResult r : results) {
        r.checkReconciled();
        System.out.printf(
            "bench: %s %,d records in %.1f s = %,.0f records/s (%,d rows)%n",
            r.engine(), r.records(), r.millis() / 1000.0, r.recordsPerSecond(), r.rows());
        rates.computeIfAbsent(r.engine(), e -> new ArrayList<>()).add(r.recordsPerSecond());
      }
    }
    Map<String, Double> peaks = ctx.footprint().stop();

    String label = String.format("%,d records", records);
    Map<String, String> labels = new HashMap<>();
    labels.put("Flink", "Flink job (ours)");
    labels.put("Spark", "Spark Structured Streaming peer");
    labels.put("ceiling", "plain-Java ceiling");
    levers.forEach(lever -> labels.put(lever, "Flink job (ours) with " + lever));
    Map<String, Sample> samples = new LinkedHashMap<>();
    rates.forEach(
        (engine, values) ->
            samples.put(
                engine, new Sample(TABLE, labels.get(engine) + ", " + label, "records/s", values)));
    Report report = ctx.report();
    samples.values().forEach(report::add);
    for (String lever : samples.containsKey("Flink") ? levers : List.<String>of()) {
      report.note(
          TABLE,
          String.format(
              "The lever %s changed the Flink job's median by %+.0f %%.",
              lever, 100 * (samples.get(lever).median() / samples.get("Flink").median() - 1)));
    }
    if (!samples.keySet().containsAll(List.of("Flink", "Spark", "ceiling"))) {
      return peaks;
    }
    Sample flink = samples.get("Flink");
    Sample spark = samples.get("Spark");
    Sample ceiling = samples.get("ceiling");
    report.note(
        TABLE,
        String.format(
            "Ratios of medians: Flink / Spark = %.2f×, Flink / ceiling = %.0f %%."
                + " Every run reconciled: rows in the output = distinct records in the topic.",
            flink.median() / spark.median(), 100 * flink.median() / ceiling.median()));
    return peaks;
  }
}
