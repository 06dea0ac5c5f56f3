package dev.shotcharts.bench;

import dev.shotcharts.bench.faults.FaultSuite;
import dev.shotcharts.bench.follow.FollowSuite;
import dev.shotcharts.bench.freshness.FreshnessSuite;
import dev.shotcharts.bench.history.HistorySuite;
import dev.shotcharts.bench.hostile.HostilePagesSuite;
import dev.shotcharts.bench.merge.MergeSuite;
import dev.shotcharts.bench.throughput.ThroughputSuite;
import dev.shotcharts.cli.StackConsole;
import dev.shotcharts.cli.StackOptions;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Every figure of docs/benchmarks.md in one run, on a local stack of its own: the scraper's parse
 * rate, throughput of our Flink job against the Spark peer and the plain-Java ceiling, freshness,
 * the weekly merge against DuckDB, the stack's memory. Writes a Markdown report.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Runs the benchmarks of docs/benchmarks.md (bench/run.sh builds first).")
public final class BenchCommand implements Callable<Integer> {
  enum Suite {
    PARSE,
    THROUGHPUT,
    FRESHNESS,
    FOLLOW,
    MERGE,
    FAULTS,
    HOSTILE,
    HISTORY
  }

  @Option(names = "--quick", description = "Small sizes and one run: a smoke run of the harness.")
  boolean quick;

  @Option(names = "--runs", description = "Runs of each measurement (default 3; quick 1).")
  Integer runs;

  @Option(names = "--records", description = "Records of the throughput runs (2,000,000).")
  Integer records;

  @Option(
      names = "--only",
      split = ",",
      description = "Some of: ${COMPLETION-CANDIDATES} (default: all).")
  EnumSet<Suite> only;

  @Option(
      names = "--engines",
      split = ",",
      description = "Throughput engines, some of: ${COMPLETION-CANDIDATES} (default: all).")
  EnumSet<ThroughputSuite.Engine> engines = EnumSet.allOf(ThroughputSuite.Engine.class);

  @Option(
      names = "--lever",
      description =
          "Flink job arguments to try, e.g. '--object-reuse true'; each run then has a Flink run"
              + " without and one with every lever (repeatable).")
  List<String> levers = new ArrayList<>();

  @Option(names = "--keep-stack", description = "Leave the bench stack running at the end.")
  boolean keepStack;

  @Option(
      names = "--report",
      defaultValue = "bench/target/report.md",
      description = "Where the Markdown report goes (default: ${DEFAULT-VALUE}).")
  Path reportFile;

  @Mixin StackOptions stackOptions;

  public static void main(String[] args) {
    System.exit(
        new CommandLine(new BenchCommand())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .execute(args));
  }

  @Override
  public Integer call() throws Exception {
    BenchSizes sizes = quick ? BenchSizes.QUICK : BenchSizes.FULL;
    sizes = runs != null ? sizes.withRuns(runs) : sizes;
    sizes = records != null ? sizes.withRecords(records) : sizes;
    EnumSet<Suite> suites = only != null ? only : EnumSet.allOf(Suite.class);
    Report report = new Report(header(sizes));
    Instant started = Instant.now();

    if (suites.contains(Suite.PARSE)) {
      ParseRate.measure(report, quick);
    }
    suites.remove(Suite.PARSE);
    if (suites.contains(Suite.HOSTILE)) {
      new HostilePagesSuite(report, Path.of("bench/target")).run();
    }
    suites.remove(Suite.HOSTILE);
    try {
      if (!suites.isEmpty()) {
        onStack(sizes, suites, report);
      }
    } finally {
      // What was measured before a failure is still worth keeping.
      report.note(
          "Run", "Took " + Duration.between(started, Instant.now()).toMinutes() + " min in all.");
      report.write(reportFile);
    }
    System.out.println(report.markdown());
    System.out.println("bench: report written to " + reportFile.toAbsolutePath());
    return 0;
  }

  private void onStack(BenchSizes sizes, EnumSet<Suite> suites, Report report) throws Exception {
    StackConfig config = stackOptions.config();
    LocalStack stack = new LocalStack(config, EngineJars.fromBuild());
    System.out.println("bench: starting the bench stack in " + config.home());
    StackConsole.lines(stack.up()).forEach(line -> System.out.println("bench: " + line));
    System.out.println("bench: Flink dashboard " + config.flinkUrl());
    try {
      Footprint footprint = new Footprint();
      Path work = Files.createDirectories(Path.of("bench/target/work"));
      BenchContext ctx = BenchContext.create(config, stack, sizes, report, footprint, work);
      Thread.sleep(5_000); // let the fresh JVMs settle before the idle reading
      Map<String, Double> idle = Footprint.now(stack.processes());
      Map<String, Double> underLoad = Map.of();
      if (suites.contains(Suite.THROUGHPUT)) {
        underLoad = new ThroughputSuite(ctx, engines, levers).run();
      }
      report.note("Footprint: resident memory of each process", Footprint.table(idle, underLoad));
      if (suites.contains(Suite.FRESHNESS)) {
        new FreshnessSuite(ctx).run();
      }
      if (suites.contains(Suite.FOLLOW)) {
        new FollowSuite(ctx, quick ? 5 : 20).run();
      }
      if (suites.contains(Suite.MERGE)) {
        new MergeSuite(ctx).run();
      }
      if (suites.contains(Suite.FAULTS)) {
        new FaultSuite(ctx).run();
      }
      if (suites.contains(Suite.HISTORY)) {
        new HistorySuite(ctx, quick).run();
      }
    } finally {
      if (!keepStack) {
        StackConsole.lines(stack.down(true)).forEach(line -> System.out.println("bench: " + line));
      }
    }
  }

  private static String memoryGib() {
    try {
      String line =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal:"))
              .findFirst()
              .orElse("0");
      return String.valueOf(Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0));
    } catch (java.io.IOException | NumberFormatException e) {
      return "?";
    }
  }

  private List<String> header(BenchSizes sizes) {
    Runtime rt = Runtime.getRuntime();
    return List.of(
        "## Benchmark run of " + Instant.now(),
        "",
        "Machine: "
            + rt.availableProcessors()
            + " cores, "
            + memoryGib()
            + " GiB, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + System.getProperty("java.version")
            + ". Sizes: "
            + sizes
            + (levers.isEmpty() ? "" : ". Levers: " + levers)
            + ".");
  }
}
