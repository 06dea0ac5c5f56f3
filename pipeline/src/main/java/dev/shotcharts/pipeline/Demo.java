package dev.shotcharts.pipeline;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.LocalSite;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.model.Lake;
import dev.shotcharts.scraper.Scrape;
import dev.shotcharts.scraper.ScrapeConfig;
import dev.shotcharts.scraper.ScrapeSummary;
import dev.shotcharts.views.report.ReportPage;
import dev.shotcharts.views.report.SeasonReportReader;
import dev.shotcharts.views.report.SeasonTopics;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo, on whichever runtime: the bundled sample site (or another) scraped into Kafka, every
 * game again (the job's de-duplication keeps the lake exact), the job caught up, the season merged
 * and exported with Spark, counted at both ends and reported.
 */
public final class Demo {
  private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

  private final DemoRuntime runtime;
  private final EngineJars jars;

  public Demo(DemoRuntime runtime, EngineJars jars) {
    this.runtime = runtime;
    this.jars = jars;
  }

  /** The bundled sample site is scraped unless {@code source} names another site (may be null). */
  public DemoCounts run(int season, LocalDate from, LocalDate to, URI source) throws Exception {
    return count(season, publish(season, from, to, source));
  }

  /** The first half: the engines ready, the games scraped into Kafka, the job caught up. */
  public ScrapeSummary publish(int season, LocalDate from, LocalDate to, URI source)
      throws Exception {
    runtime.prepare();
    ScrapeSummary scrape;
    if (source != null) {
      scrape = scrape(source, season, from, to);
    } else {
      try (LocalSite site = new LocalSite(LocalSite.SAMPLE).start()) {
        LOG.info("sample site at {}", site.baseUrl());
        scrape = scrape(URI.create(site.baseUrl()), season, from, to);
      }
    }
    LOG.info("scrape: {}", scrape.describe());
    LOG.info("waiting for the Flink job to commit what was published");
    runtime.awaitJob();
    return scrape;
  }

  private DemoCounts count(int season, ScrapeSummary scrape) throws Exception {
    LakeSettings lake = runtime.lake();
    LOG.info("Spark: merge and export season {}", season);
    JobResult job = new SparkMergeLauncher(jars, lake).mergeAndExport(runtime.merge(season));
    // One read of the season's topics serves the counts and the report.
    SeasonTopics topics = SeasonTopics.read(runtime.bootstrapServers(), season);
    SeasonCounts counted = SeasonCounts.of(topics, lake, season);
    LOG.info("writing the season's report");
    Path report =
        ReportPage.write(
            SeasonReportReader.read(lake, topics, runtime.cacheDir(), season), runtime.reportDir());
    return new DemoCounts(
        scrape.gamesScraped(),
        scrape.shotsPublished() + scrape.markersDeadLettered(),
        counted,
        job.export().rows(),
        report);
  }

  /** At the site's polite rate; a site on this machine (the sample, a fixture) at full speed. */
  private ScrapeSummary scrape(URI site, int season, LocalDate from, LocalDate to)
      throws Exception {
    boolean local = "127.0.0.1".equals(site.getHost());
    return Scrape.run(
        ScrapeConfig.builder(season)
            .source(site)
            .ratePerMinute(local ? ScrapeConfig.LOCAL_SITE_RATE : ScrapeConfig.DEFAULT_RATE)
            .dates(from, to)
            .cacheDir(null)
            .force(true)
            .bootstrapServers(runtime.bootstrapServers())
            .transactionalId("shotcharts-demo")
            .build());
  }

  /** The counts, where other readers find the table, and where to look next. */
  public String table(DemoCounts counts) throws Exception {
    List<String> lines = new ArrayList<>(List.of(counts.table(), ""));
    lines.add(catalogLine(runtime.lake().lake().catalogUri(), runtime.catalogProperties()));
    lines.add("  warehouse         " + runtime.lake().lake().warehouse());
    lines.add("  season report     " + counts.report().toUri());
    lines.addAll(runtime.whereToLook());
    return String.join("\n", lines);
  }

  /** Where other readers find the table: the catalog, the table, its properties file. */
  static String catalogLine(String catalogUri, Path properties) {
    return "  iceberg catalog   "
        + catalogUri
        + "  table "
        + Lake.TABLE_NAME
        + "  properties "
        + properties.toAbsolutePath();
  }
}
