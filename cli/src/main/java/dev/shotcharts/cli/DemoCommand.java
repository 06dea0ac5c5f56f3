package dev.shotcharts.cli;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.localstack.StackException;
import dev.shotcharts.pipeline.EmbeddedPipeline;
import dev.shotcharts.pipeline.Reconciliation;
import dev.shotcharts.pipeline.StackDemo;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shotcharts demo}: the whole pipeline end to end on embedded engines (a Kafka broker, an S3
 * server, a Flink MiniCluster, a Spark driver) over the bundled offline sample site.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run the pipeline end to end on the bundled sample site: on the local stack (started if"
            + " needed, left running), or --embedded in this JVM.")
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--season",
      defaultValue = "2025",
      description = "Season (default: ${DEFAULT-VALUE}).")
  int season;

  @Option(
      names = "--from",
      defaultValue = "2024-10-22",
      description = "First date (default: ${DEFAULT-VALUE}).")
  LocalDate from;

  @Option(
      names = "--to",
      defaultValue = "2024-10-28",
      description = "Last date (default: ${DEFAULT-VALUE}).")
  LocalDate to;

  @Option(
      names = "--source",
      description =
          "Scrape this site instead of the bundled sample, e.g. https://www.basketball-reference.com"
              + " (at the polite default rate; with --from/--to).")
  java.net.URI source;

  @Option(
      names = "--embedded",
      description =
          "Run in this JVM instead (Kafka in-process, Flink MiniCluster, Spark local) and stop"
              + " everything at the end.")
  boolean embedded;

  @Mixin StackOptions stackOptions;

  @Override
  public Integer call() throws Exception {
    EngineJars jars = EngineJars.fromBuild();
    if (!embedded) {
      StackConfig config = stackOptions.config();
      StackDemo demo = new StackDemo(new LocalStack(config, jars), config, jars);
      try {
        StackDemo.Counts counts = demo.run(season, from, to, source);
        System.out.println(
            "\nshotcharts demo on the local stack, season " + season + ", " + from + " .. " + to);
        System.out.println(demo.table(counts));
        return counts.balanced() ? 0 : 1;
      } catch (StackException e) {
        System.err.println("shotcharts: " + e.getMessage());
        return 1;
      }
    }
    var report = stackOptions.config().home().resolve("report");
    Reconciliation counts = EmbeddedPipeline.runOnSample(jars, season, from, to, report);
    System.out.println("\nshotcharts demo, season " + season + ", " + from + " .. " + to);
    System.out.println(counts.table());
    System.out.println("  season report    " + report.resolve("index.html").toUri());
    return counts.balanced() ? 0 : 1;
  }
}
