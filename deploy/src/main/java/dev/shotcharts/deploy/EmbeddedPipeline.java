package dev.shotcharts.deploy;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.KafkaBroker;
import dev.shotcharts.engines.LakeReader;
import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.engines.TopicReader;
import dev.shotcharts.flink.job.JobConfig;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.ScrapeSummary;
import java.net.URI;
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

  public Reconciliation run(URI site, int season, LocalDate from, LocalDate to) throws Exception {
    kafka.createTopics(1, Topics.DEAD_LETTERS);
    LakeSettings lake =
        new LakeSettings(s3.endpoint(), s3.bucket(), S3Server.ACCESS_KEY, S3Server.SECRET_KEY);

    LOG.info("[1/4] scraping {} season {} from {} to {}", site, season, from, to);
    ScrapeSummary scrape =
        KafkaScrape.run(
            site,
            KafkaScrape.LOCAL_SITE_RATE,
            kafka.bootstrapServers(),
            2,
            season,
            from,
            to,
            false);
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
    spark.run("merge", season, "local[2]", List.of());
    String export = spark.run("export", season, "local[2]", List.of());

    LOG.info("[4/4] reconciling counts at every hop");
    String snapshot = reader.text(LakeLayout.latestMarker(season));
    return new Reconciliation(
        scrape.gamesScraped(),
        scrape.shotsPublished(),
        TopicReader.readAll(kafka.bootstrapServers(), Topics.SHOT_CHARTS).size(),
        curatedRows,
        TopicReader.readAll(kafka.bootstrapServers(), Topics.DEAD_LETTERS).size(),
        reader.rows(LakeLayout.snapshot(season, snapshot) + "/").size(),
        snapshot,
        (int) SparkMergeLauncher.resultNumber(export, "rows"));
  }
}
