package dev.shotcharts.bench.throughput;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.Footprint;
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
import java.util.concurrent.Callable;

/**
 * Kafka → committed Parquet, the same topic read by the three engines in turn, run after run (so a
 * drift of the machine touches all three alike); every output reconciled against the topic.
 */
public final class ThroughputSuite {
  public static final String TABLE = "Throughput, Kafka → committed Parquet";
  public static final String CPU_TABLE = "CPU per throughput run, by process";
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

    Map<String, List<ThroughputResult>> byEngine = new LinkedHashMap<>();
    ctx.footprint().start(ctx.stack().processes());
    for (int run = 1; run <= ctx.sizes().runs(); run++) {
      List<ThroughputResult> results = new ArrayList<>();
      for (Engine engine : EnumSet.copyOf(engines)) {
        System.out.printf("bench: throughput run %d of %d, %s%n", run, ctx.sizes().runs(), engine);
        int thisRun = run;
        results.add(
            withStackCpu(
                () ->
                    switch (engine) {
                      case FLINK ->
                          new FlinkThroughput(ctx, "Flink", List.of()).run(topic, records, thisRun);
                      case SPARK -> new SparkStreamingThroughput(ctx).run(topic, records, thisRun);
                      case CEILING -> new CeilingThroughput(ctx).run(topic, records, thisRun);
                    }));
        for (String lever : engine == Engine.FLINK ? levers : List.<String>of()) {
          System.out.printf("bench: throughput run %d, Flink with %s%n", run, lever);
          results.add(
              withStackCpu(
                  () ->
                      new FlinkThroughput(ctx, lever, List.of(lever.split(" +")))
                          .run(topic, records, thisRun)));
        }
      }
      for (ThroughputResult r : results) {
        r.checkReconciled();
        System.out.printf(
            "bench: %s %,d records in %.1f s = %,.0f records/s (%,d rows)%n",
            r.engine(), r.records(), r.millis() / 1000.0, r.recordsPerSecond(), r.rows());
        byEngine.computeIfAbsent(r.engine(), e -> new ArrayList<>()).add(r);
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
    byEngine.forEach(
        (engine, runs) ->
            samples.put(
                engine,
                new Sample(
                    TABLE,
                    labels.get(engine) + ", " + label,
                    "records/s",
                    runs.stream().map(ThroughputResult::recordsPerSecond).toList())));
    Report report = ctx.report();
    samples.values().forEach(report::add);
    byEngine.forEach((engine, runs) -> reportCpu(labels.get(engine), runs));
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

  /** The run, with the CPU the stack's processes (Kafka, S3, Flink ...) spent during it. */
  private ThroughputResult withStackCpu(Callable<ThroughputResult> run) throws Exception {
    Map<String, Double> before = Footprint.cpuSeconds(ctx.stack().processes());
    ThroughputResult result = run.call();
    Map<String, Double> used = new LinkedHashMap<>();
    Footprint.cpuSeconds(ctx.stack().processes())
        .forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, 0.0)));
    return result.withCpu(used);
  }

  /** CPU per record, and the CPU seconds of every process that did a noticeable part of it. */
  private void reportCpu(String engine, List<ThroughputResult> runs) {
    Report report = ctx.report();
    report.add(
        new Sample(
            CPU_TABLE,
            engine + ", all processes",
            "CPU µs/record",
            runs.stream().map(ThroughputResult::cpuMicrosPerRecord).toList()));
    Map<String, List<Double>> byProcess = new LinkedHashMap<>();
    runs.forEach(
        r ->
            r.cpuSeconds()
                .forEach(
                    (process, seconds) ->
                        byProcess.computeIfAbsent(process, p -> new ArrayList<>()).add(seconds)));
    byProcess.forEach(
        (process, seconds) -> {
          Sample sample = new Sample(CPU_TABLE, engine + ": " + process, "CPU s", seconds);
          if (sample.median() >= 1) { // the idle Spark daemons are noise
            report.add(sample);
          }
        });
  }
}
