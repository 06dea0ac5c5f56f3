package dev.shotcharts.scraper;

import java.net.URI;
import picocli.CommandLine.Option;

/** Where to scrape from and where to publish to: shared by {@code scrape} and {@code weekly}. */
public final class SourceOptions {
  @Option(
      names = "--source",
      defaultValue = "${env:SHOTCHARTS_SOURCE:-https://www.basketball-reference.com}",
      description = "Site to scrape (default: ${DEFAULT-VALUE}).")
  URI source;

  @Option(
      names = "--bootstrap-servers",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
      description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
  String bootstrapServers;

  public URI source() {
    return source;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }
}
