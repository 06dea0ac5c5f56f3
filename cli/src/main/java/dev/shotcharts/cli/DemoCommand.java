package dev.shotcharts.cli;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.localstack.StackException;
import dev.shotcharts.pipeline.Demo;
import dev.shotcharts.pipeline.DemoCounts;
import dev.shotcharts.pipeline.EmbeddedRuntime;
import dev.shotcharts.pipeline.StackRuntime;
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
    if (embedded) {
      try (EmbeddedRuntime runtime =
          EmbeddedRuntime.start(jars, stackOptions.config().home().resolve("report"))) {
        return run(new Demo(runtime, jars), "shotcharts demo, season ");
      }
    }
    StackConfig config = stackOptions.config();
    try {
      return run(
          new Demo(new StackRuntime(new LocalStack(config, jars), config), jars),
          "shotcharts demo on the local stack, season ");
    } catch (StackException e) {
      System.err.println("shotcharts: " + e.getMessage());
      return 1;
    }
  }

  private int run(Demo demo, String title) throws Exception {
    DemoCounts counts = demo.run(season, from, to, source);
    System.out.println("\n" + title + season + ", " + from + " .. " + to);
    System.out.println(demo.table(counts));
    return counts.balanced() ? 0 : 1;
  }
}
