package dev.shotcharts.cli;

import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.Scrape;
import dev.shotcharts.scraper.ScrapeConfig;
import dev.shotcharts.scraper.ScrapeSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts scrape}: the command line over {@link Scrape}. */
@Command(
    name = "scrape",
    mixinStandardHelpOptions = true,
    description =
        "Scrape shot charts of a season (or a date range) into Kafka or a JSON-lines file.")
public final class ScrapeCommand implements Callable<Integer> {
  @Option(
      names = "--season",
      required = true,
      description = "Season by the year it ends, as in NBA_2025.")
  int season;

  @Option(names = "--from", description = "First game date (default: start of the season).")
  LocalDate from;

  @Option(names = "--to", description = "Last game date (default: end of the season).")
  LocalDate to;

  @Mixin SourceOptions sourceOptions;

  @Mixin PolitenessOptions politeness;

  @Option(names = "--out", description = "Write JSON lines to this file instead of Kafka.")
  Path out;

  @Option(
      names = "--topic",
      defaultValue = "${env:SHOTCHARTS_TOPIC:-" + Topics.SHOT_CHARTS + "}",
      description = "Topic for raw shots (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(
      names = "--force",
      description = "Scrape games again even when they are already published.")
  boolean force;

  @Option(
      names = "--partitions",
      defaultValue = "${env:SHOTCHARTS_PARTITIONS:-" + ScrapeConfig.DEFAULT_PARTITIONS + "}",
      description = "Partitions of the shots topic when it is created (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--replication-factor",
      defaultValue = "${env:SHOTCHARTS_REPLICATION_FACTOR:-1}",
      description = "Replication of the topics when they are created (default: ${DEFAULT-VALUE}).")
  short replicationFactor;

  @Override
  public Integer call() throws Exception {
    ScrapeSummary summary =
        Scrape.run(
            politeness
                .apply(sourceOptions.scrape(season))
                .dates(from, to)
                .out(out)
                .topic(topic)
                .force(force)
                .partitions(partitions)
                .replicationFactor(replicationFactor)
                .build());
    System.out.println(summary.describe());
    return summary.succeeded() ? 0 : 1;
  }
}
