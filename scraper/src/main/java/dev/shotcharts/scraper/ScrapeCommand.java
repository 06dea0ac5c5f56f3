package dev.shotcharts.scraper;

import dev.shotcharts.model.Topics;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts scrape}: the command line over {@link Scraper}. */
@Command(
    name = "scrape",
    mixinStandardHelpOptions = true,
    description =
        "Scrape shot charts of a season (or a date range) into Kafka or a JSON-lines file.")
public final class ScrapeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ScrapeCommand.class);

  /** The site's published limit is 20 requests a minute; stay well under it by default. */
  public static final double DEFAULT_RATE = 15;

  static final double SITE_LIMIT = 20;

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
              + DEFAULT_RATE
              + "; the site allows 20, more only when you set it).")
  Double ratePerMinute;

  @Option(
      names = "--force",
      description = "Scrape games again even when they are already published.")
  boolean force;

  @Option(
      names = "--cache-dir",
      defaultValue = "${env:SHOTCHARTS_CACHE_DIR:-.shotcharts/cache}",
      description =
          "Raw HTML cache, revalidated with ETag/Last-Modified (default: ${DEFAULT-VALUE}).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Keep no raw HTML on disk.")
  boolean noCache;

  @Option(
      names = "--partitions",
      defaultValue = "${env:SHOTCHARTS_PARTITIONS:-3}",
      description = "Partitions of the shots topic when it is created (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--replication-factor",
      defaultValue = "${env:SHOTCHARTS_REPLICATION_FACTOR:-1}",
      description = "Replication of the topics when they are created (default: ${DEFAULT-VALUE}).")
  short replicationFactor;

  @Option(
      names = "--user-agent",
      defaultValue =
          "${env:SHOTCHARTS_USER_AGENT:-shotcharts-scraper/0.1 (+https://github.com/shotcharts)}",
      description = "User-Agent sent with every request (default: ${DEFAULT-VALUE}).")
  String userAgent;

  @Override
  public Integer call() throws Exception {
    double rate = ratePerMinute == null ? DEFAULT_RATE : ratePerMinute;
    if (rate > SITE_LIMIT) {
      LOG.warn("rate {}/min is above the site's published limit of {}/min", rate, SITE_LIMIT);
    }
    LocalDate first = from == null ? LocalDate.of(season - 1, 8, 1) : from;
    LocalDate last = to == null ? LocalDate.of(season, 10, 31) : to;
    RateLimiter limiter = new RateLimiter(rate, RateLimiter.Clock.SYSTEM);
    PageCache cache = noCache ? null : new PageCache(cacheDir);
    SiteClient site =
        new SiteClient(sourceOptions.source(), userAgent, limiter, RateLimiter.Clock.SYSTEM, cache);
    try (ShotSink sink = openSink()) {
      ScrapeSummary summary = new Scraper(site, limiter, sink).run(season, first, last, force);
      System.out.println(summary.describe());
      return summary.succeeded() ? 0 : 1;
    }
  }

  private ShotSink openSink() throws Exception {
    return out != null
        ? new JsonLinesShotSink(out)
        : new KafkaShotSink(
            new KafkaShotSink.KafkaTopics(
                sourceOptions.bootstrapServers(),
                topic,
                Topics.GAMES,
                partitions,
                replicationFactor),
            "shotcharts-scraper-" + season);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ScrapeCommand()).execute(args));
  }
}
