package dev.shotcharts.cli;

import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.scraper.ScrapeConfig;
import java.net.URI;
import picocli.CommandLine.Option;

/** Where to scrape from and where to publish to: shared by {@code scrape} and {@code weekly}. */
public final class SourceOptions {
  @Option(
      names = "--source",
      defaultValue = "${env:SHOTCHARTS_SOURCE:-" + ScrapeConfig.DEFAULT_SOURCE + "}",
      description = "Site to scrape (default: ${DEFAULT-VALUE}).")
  URI source;

  @Option(
      names = "--bootstrap-servers",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
      description =
          "Kafka brokers (default: the running local stack's, else "
              + ScrapeConfig.DEFAULT_BOOTSTRAP_SERVERS
              + ").")
  String bootstrapServers;

  String bootstrapServers() {
    return bootstrapServers != null
        ? bootstrapServers
        : RunningStack.find()
            .map(StackConfig::bootstrapServers)
            .orElse(ScrapeConfig.DEFAULT_BOOTSTRAP_SERVERS);
  }

  /** A scrape of {@code season} from this source into these brokers, the rest at its defaults. */
  ScrapeConfig.Builder scrape(int season) {
    return ScrapeConfig.builder(season).source(source).bootstrapServers(bootstrapServers());
  }
}
