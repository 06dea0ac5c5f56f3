package dev.shotcharts.cli;

import dev.shotcharts.scraper.ScrapeConfig;
import java.net.URI;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where to scrape from and where to publish to: shared by {@code scrape} and {@code weekly}. */
public final class SourceOptions {
  @Option(
      names = "--source",
      defaultValue = "${env:SHOTCHARTS_SOURCE:-" + ScrapeConfig.DEFAULT_SOURCE + "}",
      description = "Site to scrape (default: ${DEFAULT-VALUE}).")
  URI source;

  @Mixin KafkaOptions kafka;

  String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** A scrape of {@code season} from this source into these brokers, the rest at its defaults. */
  ScrapeConfig.Builder scrape(int season) {
    return ScrapeConfig.builder(season).source(source).bootstrapServers(bootstrapServers());
  }
}
