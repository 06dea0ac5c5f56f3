package dev.shotcharts.pipeline;

import dev.shotcharts.clients.ConsumerLag;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.LocalSite;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.localstack.StackException;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.Scrape;
import dev.shotcharts.scraper.ScrapeConfig;
import dev.shotcharts.scraper.ScrapeSummary;
import dev.shotcharts.views.report.ReportPage;
import dev.shotcharts.views.report.SeasonReportReader;
import dev.shotcharts.views.report.SeasonTopics;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo on the local stack: up, the Flink job running, the bundled sample site scraped into
 * Kafka (again on every run: the job's de-duplication keeps the lake exact), the job caught up, the
 * season merged and exported on the Spark cluster, counts reconciled. The stack stays up.
 */
public final class StackDemo {
  private static final Logger LOG = LoggerFactory.getLogger(StackDemo.class);

  /**
   * What a demo run counted: the scrape's pages, the season at both ends ({@link SeasonCounts}),
   * the export; the season must hold exactly the distinct events published, and the export too.
   */
  public record Counts(
      int gamesScraped, int shotsOnPages, SeasonCounts season, long exportedRows, Path report) {
    public boolean balanced() {
      return season.balanced() && exportedRows == season.tableRows();
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
    ScrapeSummary scrape = publish(season, from, to, source);
    return mergeAndCount(season, scrape);
  }

  /**
   * The first half of a demo: the stack up, the job running, the games scraped into Kafka, and the
   * job caught up (its committed offsets at the end of the topic).
   */
  public ScrapeSummary publish(int season, LocalDate from, LocalDate to, URI source)
      throws Exception {
    stack.up().forEach(c -> LOG.info("{} {} {}", c.name(), c.outcome(), c.ui()));
    stack.job().ensure().ifPresent(started -> LOG.info("submitted the Flink job: {}", started));
    ScrapeSummary scrape;
    if (source != null) {
      scrape = scrape(source, ScrapeConfig.DEFAULT_RATE, season, from, to);
    } else {
      try (LocalSite site = new LocalSite(LocalSite.SAMPLE).start()) {
        LOG.info("sample site at {}", site.baseUrl());
        scrape = scrape(URI.create(site.baseUrl()), ScrapeConfig.LOCAL_SITE_RATE, season, from, to);
      }
    }
    LOG.info("scrape: {}", scrape.describe());

    LOG.info("waiting for the Flink job to commit what was published (checkpoint interval 10 s)");
    if (!ConsumerLag.awaitZero(
        config.bootstrapServers(), Topics.FLINK_GROUP, Topics.SHOT_CHARTS, Duration.ofMinutes(3))) {
      throw new StackException(
          "the Flink job did not catch up in 3 minutes; see " + config.flinkUrl());
    }
    return scrape;
  }

  private Counts mergeAndCount(int season, ScrapeSummary scrape) throws Exception {
    LakeSettings lake = config.lakeSettings();
    SparkMergeLauncher spark = new SparkMergeLauncher(jars, lake);
    JobResult job =
        spark.mergeAndExport(
            MergeConfig.of(
                MergeConfig.Verb.MERGE,
                season,
                lake.lake(),
                config.sparkMaster(),
                stack.sparkEvents().toUri().toString()));
    // One read of the season's topics serves the counts and the report.
    SeasonTopics topics = SeasonTopics.read(config.bootstrapServers(), season);
    SeasonCounts counted = SeasonCounts.of(topics, lake, season);
    LOG.info("writing the season's report");
    Path report =
        ReportPage.write(
            SeasonReportReader.read(lake, topics, config.home().resolve("cache/lake"), season),
            config.home().resolve("report"));
    return new Counts(
        scrape.gamesScraped(),
        scrape.shotsPublished() + scrape.markersDeadLettered(),
        counted,
        job.export().rows(),
        report);
  }

  /** Every game again (forced): the job's de-duplication keeps the lake exact. */
  private ScrapeSummary scrape(URI site, double rate, int season, LocalDate from, LocalDate to)
      throws Exception {
    return Scrape.run(
        ScrapeConfig.builder(season)
            .source(site)
            .ratePerMinute(rate)
            .dates(from, to)
            .cacheDir(null)
            .force(true)
            .bootstrapServers(config.bootstrapServers())
            .transactionalId("shotcharts-demo")
            .build());
  }

  public String table(Counts c) {
    return String.join(
        "\n",
        "  games scraped                  " + c.gamesScraped(),
        "  shot markers on the pages      " + c.shotsOnPages(),
        "  distinct events in Kafka       " + c.season().distinctEvents(),
        "  markers dead-lettered          "
            + c.season().markerDeadLetters()
            + "  (unreadable on the page)",
        "  dead letters of the job        " + c.season().jobDeadLetters(),
        "  rows in the season table       "
            + c.season().tableRows()
            + "  (snapshot "
            + c.season().snapshotId()
            + ")",
        "  rows in exports/shots-Y.tgz    " + c.exportedRows(),
        "  " + (c.balanced() ? "RECONCILED: every shot accounted for" : "NOT RECONCILED"),
        "",
        "  Flink dashboard   " + config.flinkUrl(),
        "  Spark master      http://127.0.0.1:" + config.sparkUiPort(),
        "  Spark history     "
            + (stack.historyRunning()
                ? "http://127.0.0.1:" + config.sparkHistoryPort()
                : "bin/shotcharts up --history (then http://127.0.0.1:"
                    + config.sparkHistoryPort()
                    + ")"),
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
        Reconciliation.catalogLine(config.lake().catalogUri(), config.catalogProperties()),
        "  warehouse         " + config.lake().warehouse(),
        "  season report     " + c.report().toUri(),
        "",
        "  The stack keeps running: bin/shotcharts status, bin/shotcharts down.");
  }
}
