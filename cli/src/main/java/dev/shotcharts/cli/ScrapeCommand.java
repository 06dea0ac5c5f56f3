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

  @Option(names = "--out", description = "Write JSON lines to this file instead of Kafka.")
  Path out;

  @Option(
      names = "--topic",
      defaultValue = "${env:SHOTCHARTS_TOPIC:-" + Topics.SHOT_CHARTS + "}",
      description = "Topic for raw shots (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(
      names = "--rate-per-minute",
      defaultValue = "${env:SHOTCHARTS_RATE_PER_MINUTE}",
      description =
          "Requests per minute (default: "
              + ScrapeConfig.DEFAULT_RATE
              + "; the site allows 20, more only when you set it).")
  Double ratePerMinute;

  @Option(
      names = "--force",
      description = "Scrape games again even when they are already published.")
  boolean force;

  @Option(
      names = "--cache-dir",
      defaultValue = "${env:SHOTCHARTS_CACHE_DIR:-" + ScrapeConfig.DEFAULT_CACHE_DIR + "}",
      description =
          "Raw HTML cache, revalidated with ETag/Last-Modified (default: ${DEFAULT-VALUE}).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Keep no raw HTML on disk.")
  boolean noCache;

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

  @Option(
      names = "--user-agent",
      defaultValue = "${env:SHOTCHARTS_USER_AGENT:-" + ScrapeConfig.DEFAULT_USER_AGENT + "}",
      description = "User-Agent sent with every request (default: ${DEFAULT-VALUE}).")
  String userAgent;

  @Override
  public Integer call() throws Exception {
    ScrapeSummary summary =
        Scrape.run(
            sourceOptions
                .scrape(season)
                .dates(from, to)
                .out(out)
                .topic(topic)
                .ratePerMinute(ratePerMinute == null ? ScrapeConfig.DEFAULT_RATE : ratePerMinute)
                .force(force)
                .cacheDir(noCache ? null : cacheDir)
                .partitions(partitions)
                .replicationFactor(replicationFactor)
                .userAgent(userAgent)
                .build());
    System.out.println(summary.describe());
    return summary.succeeded() ? 0 : 1;
  }
}
