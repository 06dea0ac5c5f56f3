package dev.shotcharts.deploy.stack;

import dev.shotcharts.deploy.KafkaScrape;
import dev.shotcharts.deploy.SparkMergeLauncher;
import dev.shotcharts.engines.ConsumerLag;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.engines.LocalSite;
import dev.shotcharts.engines.TopicReader;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.ScrapeCommand;
import dev.shotcharts.scraper.ScrapeSummary;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo on the local stack: up, the Flink job running, the bundled sample site scraped into
 * Kafka (again on every run: the job's de-duplication keeps the lake exact), the job caught up, the
 * season merged and exported on the Spark cluster, counts reconciled. The stack stays up.
 */
public final class StackDemo {
  private static final Logger LOG = LoggerFactory.getLogger(StackDemo.class);

  /** The job's consumer group (its default --group-id). */
  static final String FLINK_GROUP = "shotcharts-flink";

  /** What a demo run counted; the season must hold exactly the distinct events published. */
  public record Counts(
      int gamesScraped,
      int shotsOnPages,
      int distinctEvents,
      int deadLetters,
      long seasonRows,
      long exportedRows,
      String snapshot) {
    public boolean balanced() {
      return seasonRows == distinctEvents && exportedRows == seasonRows && deadLetters == 0;
    }
  }

  private final LocalStack stack;
  private final StackConfig config;
  private final EngineJars jars;

  public StackDemo(LocalStack stack, StackConfig config, EngineJars jars) {
    this.stack = stack;
    this.config = config;
    this.jars = jars;
  }

  /** The bundled sample site is scraped unless {@code source} names another site (may be null). */
  public Counts run(int season, LocalDate from, LocalDate to, URI source) throws Exception {
    stack.up().forEach(line -> LOG.info("{}", line));
    if (stack.flink().runningJobs().isEmpty()) {
      LOG.info("submitting the Flink job: {}", stack.startJob(null));
    }
    ScrapeSummary scrape;
    if (source != null) {
      scrape = scrape(source, ScrapeCommand.DEFAULT_RATE, season, from, to);
    } else {
      try (LocalSite site = new LocalSite(LocalSite.SAMPLE).start()) {
        LOG.info("sample site at {}", site.baseUrl());
        scrape = scrape(URI.create(site.baseUrl()), KafkaScrape.LOCAL_SITE_RATE, season, from, to);
      }
    }
    LOG.info("scrape: {}", scrape.describe());

    LOG.info("waiting for the Flink job to commit what was published (checkpoint interval 10 s)");
    if (!ConsumerLag.awaitZero(
        config.bootstrapServers(), FLINK_GROUP, Topics.SHOT_CHARTS, Duration.ofMinutes(3))) {
      throw new StackException(
          "the Flink job did not catch up in 3 minutes; see " + config.flinkUrl());
    }
    Set<String> events =
        TopicReader.readAll(config.bootstrapServers(), Topics.SHOT_CHARTS).stream()
            .map(r -> RecordJson.readRawShot(r.value()))
            .filter(s -> s.season() == season)
            .map(RawShot::eventId)
            .collect(Collectors.toSet());

    LakeSettings lake =
        new LakeSettings(
            config.s3Endpoint(),
            StackConfig.BUCKET,
            StackConfig.ACCESS_KEY,
            StackConfig.SECRET_KEY);
    SparkMergeLauncher spark = new SparkMergeLauncher(jars, lake);
    List<String> history = List.of("--event-log-dir", stack.sparkEvents().toUri().toString());
    String merged = spark.run("merge", season, config.sparkMaster(), history);
    String exported = spark.run("export", season, config.sparkMaster(), List.of());
    return new Counts(
        scrape.gamesScraped(),
        scrape.shotsPublished(),
        events.size(),
        TopicReader.readAll(config.bootstrapServers(), Topics.DEAD_LETTERS).size(),
        SparkMergeLauncher.resultNumber(merged, "snapshotRows"),
        SparkMergeLauncher.resultNumber(exported, "rows"),
        SparkMergeLauncher.resultField(merged, "snapshotId"));
  }

  /** Every game again (forced): the job's de-duplication keeps the lake exact. */
  private ScrapeSummary scrape(URI site, double rate, int season, LocalDate from, LocalDate to)
      throws Exception {
    return KafkaScrape.run(site, rate, config.bootstrapServers(), 3, season, from, to, true);
  }

  public String table(Counts c) {
    return String.join(
        "\n",
        "  games scraped                  " + c.gamesScraped(),
        "  shot markers on the pages      " + c.shotsOnPages(),
        "  distinct events in Kafka       " + c.distinctEvents(),
        "  dead letters                   " + c.deadLetters(),
        "  rows in the season snapshot    " + c.seasonRows() + "  (" + c.snapshot() + ")",
        "  rows in exports/shots-S.tgz    " + c.exportedRows(),
        "  " + (c.balanced() ? "RECONCILED: every shot accounted for" : "NOT RECONCILED"),
        "",
        "  Flink dashboard   " + config.flinkUrl(),
        "  Spark master      http://127.0.0.1:" + config.sparkUiPort(),
        "  Spark history     http://127.0.0.1:" + config.sparkHistoryPort(),
        "  S3 server         "
            + config.s3Endpoint()
            + "  bucket "
            + StackConfig.BUCKET
            + " (keys "
            + StackConfig.ACCESS_KEY
            + "/"
            + StackConfig.SECRET_KEY
            + ")",
        "  Kafka             " + config.bootstrapServers(),
        "  lake              s3://" + StackConfig.BUCKET + "/" + LakeLayout.SEASONS,
        "",
        "  The stack keeps running: bin/shotcharts status, bin/shotcharts down.");
  }
}
