package dev.shotcharts.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.KafkaBroker;
import dev.shotcharts.engines.LocalSite;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.flink.job.JobConfig;
import dev.shotcharts.merge.ExportResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.Scrape;
import dev.shotcharts.scraper.ScrapeConfig;
import dev.shotcharts.scraper.ScrapeSummary;
import dev.shotcharts.views.report.ReportPage;
import dev.shotcharts.views.report.SeasonReportReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on embedded engines, hop by hop: scrape a site into Kafka, run the Flink job
 * until it has read everything, merge the season with Spark, then count what is at every hop.
 */
public final class EmbeddedPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);

  private final KafkaBroker kafka;
  private final S3Server s3;
  private final EngineJars jars;
  private final Path workDir;

  public EmbeddedPipeline(KafkaBroker kafka, S3Server s3, EngineJars jars, Path workDir) {
    this.kafka = kafka;
    this.s3 = s3;
    this.jars = jars;
    this.workDir = workDir;
  }

  /**
   * The demo: the bundled sample site on a broker, an S3 server and a site of its own; the season's
   * report is written to {@code reportDir} before the engines stop.
   */
  public static Reconciliation runOnSample(
      EngineJars jars, int season, LocalDate from, LocalDate to, Path reportDir) throws Exception {
    Path work = Files.createTempDirectory("shotcharts-demo-");
    try (KafkaBroker kafka = new KafkaBroker().start();
        S3Server s3 = new S3Server(LakeLayout.DEFAULT_BUCKET).start();
        LocalSite site = new LocalSite(LocalSite.SAMPLE).start()) {
      LOG.info("Kafka broker   {}", kafka.bootstrapServers());
      LOG.info("S3 server      {}  bucket {}", s3.endpoint(), s3.bucket());
      LOG.info("sample site    {}", site.baseUrl());
      EmbeddedPipeline pipeline = new EmbeddedPipeline(kafka, s3, jars, work);
      Reconciliation counts = pipeline.run(URI.create(site.baseUrl()), season, from, to);
      LOG.info("season report: {}", pipeline.report(season, reportDir).toUri());
      return counts;
    }
  }

  /**
   * The lake of the embedded engines: their S3 server, a JDBC catalog on SQLite in the work dir.
   */
  private LakeSettings lake() {
    Lake lake =
        Lake.of(s3.bucket(), s3.endpoint(), Lake.sqliteCatalog(workDir.resolve("catalog.db")));
    return new LakeSettings(lake, S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
  }

  /** Writes the season's report page from this pipeline's broker and lake. */
  public Path report(int season, Path dir) throws Exception {
    LakeSettings lake = lake();
    return ReportPage.write(
        SeasonReportReader.read(lake, kafka.bootstrapServers(), workDir.resolve("cache"), season),
        dir);
  }

  public Reconciliation run(URI site, int season, LocalDate from, LocalDate to) throws Exception {
    PipelineTopics.createMissing(
        kafka.bootstrapServers(), PipelineTopics.deadLetters(Topics.DEAD_LETTERS, (short) 1));
    LakeSettings lake = lake();

    LOG.info("[1/4] scraping {} season {} from {} to {}", site, season, from, to);
    ScrapeSummary scrape =
        Scrape.run(
            ScrapeConfig.builder(season)
                .source(site)
                .ratePerMinute(ScrapeConfig.LOCAL_SITE_RATE)
                .dates(from, to)
                .cacheDir(null)
                .bootstrapServers(kafka.bootstrapServers())
                .partitions(2)
                .transactionalId("shotcharts-demo")
                .build());
    LOG.info("scrape: {}", scrape.describe());

    LOG.info("[2/4] Flink: Kafka -> Parquet on {}", lake.flinkUri());
    JobConfig job =
        JobConfig.defaults(kafka.bootstrapServers(), lake.flinkUri())
            .withCheckpointInterval(Duration.ofSeconds(2))
            .stoppingAtLatestOffsets();
    new EmbeddedFlink(jars, lake, workDir.resolve("checkpoints")).runToCompletion(job);

    LakeReader reader = new LakeReader(s3.client(), s3.bucket());
    // Counted before the merge, which deletes the ongoing files it has merged.
    int curatedRows = reader.rows(LakeLayout.ongoingSeason(season) + "/").size();

    LOG.info("[3/4] Spark: merge and export season {}", season);
    SparkMergeLauncher spark = new SparkMergeLauncher(jars, lake);
    ExportResult export =
        spark.mergeAndExport(spark.config(MergeConfig.Verb.MERGE, season, "local[2]")).export();

    LOG.info("[4/4] reconciling counts at every hop");
    Path properties =
        ShotsCatalog.writeProperties(lake.lake(), workDir.resolve("iceberg-catalog.properties"));
    ShotsCatalog.Scan table;
    try (ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      table = catalog.plan(List.of(season), ShotsCatalog.AsOf.CURRENT);
    }
    List<DeadLetter> dead =
        TopicReader.readAll(kafka.bootstrapServers(), Topics.DEAD_LETTERS).stream()
            .map(r -> RecordJson.fromJson(new String(r.value(), UTF_8), DeadLetter.class))
            .toList();
    int markerDead = (int) dead.stream().filter(DeadLetter::ofMarker).count();
    return new Reconciliation(
        scrape.gamesScraped(),
        scrape.shotsPublished() + scrape.markersDeadLettered(),
        TopicReader.readAll(kafka.bootstrapServers(), Topics.SHOT_CHARTS).size(),
        scrape.markersDeadLettered(),
        markerDead,
        curatedRows,
        dead.size() - markerDead,
        table.rows(),
        table.snapshot() == null ? 0 : table.snapshot().snapshotId(),
        (int) export.rows(),
        lake.lake().catalogUri(),
        properties);
  }
}
