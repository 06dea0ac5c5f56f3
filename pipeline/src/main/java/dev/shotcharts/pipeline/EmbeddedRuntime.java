package dev.shotcharts.pipeline;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.KafkaBroker;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.flink.job.JobConfig;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's engines in this JVM: an in-process broker, an S3 server, the Flink job on a
 * MiniCluster run until it has read everything, Spark's merge in local mode.
 */
public final class EmbeddedRuntime implements DemoRuntime, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRuntime.class);

  private final KafkaBroker kafka;
  private final S3Server s3;
  private final EngineJars jars;
  private final Path workDir;
  private final Path reportDir;
  private final boolean owned;

  /** On a broker and an S3 server the caller runs; the report goes to {@code workDir/report}. */
  public EmbeddedRuntime(KafkaBroker kafka, S3Server s3, EngineJars jars, Path workDir) {
    this(kafka, s3, jars, workDir, workDir.resolve("report"), false);
  }

  private EmbeddedRuntime(
      KafkaBroker kafka,
      S3Server s3,
      EngineJars jars,
      Path workDir,
      Path reportDir,
      boolean owned) {
    this.kafka = kafka;
    this.s3 = s3;
    this.jars = jars;
    this.workDir = workDir;
    this.reportDir = reportDir;
    this.owned = owned;
  }

  /** Its own broker and S3 server, stopped on {@link #close}; the report into {@code reportDir}. */
  public static EmbeddedRuntime start(EngineJars jars, Path reportDir) throws Exception {
    Path work = Files.createTempDirectory("shotcharts-demo-");
    KafkaBroker kafka = new KafkaBroker().start();
    try {
      S3Server s3 = new S3Server(LakeLayout.DEFAULT_BUCKET).start();
      LOG.info("Kafka broker   {}", kafka.bootstrapServers());
      LOG.info("S3 server      {}  bucket {}", s3.endpoint(), s3.bucket());
      return new EmbeddedRuntime(kafka, s3, jars, work, reportDir, true);
    } catch (Exception e) {
      kafka.close();
      throw e;
    }
  }

  @Override
  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** Its S3 server, a JDBC catalog on SQLite in the work dir. */
  @Override
  public LakeSettings lake() {
    Lake lake =
        Lake.of(s3.bucket(), s3.endpoint(), Lake.sqliteCatalog(workDir.resolve("catalog.db")));
    return new LakeSettings(lake, S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
  }

  @Override
  public void prepare() {
    PipelineTopics.createMissing(
        kafka.bootstrapServers(), PipelineTopics.deadLetters(Topics.DEAD_LETTERS, (short) 1));
  }

  /** The job as a backfill: it reads up to the offsets latest at its start, then finishes. */
  @Override
  public void awaitJob() throws Exception {
    LOG.info("Flink: Kafka -> Parquet on {}", lake().flinkUri());
    JobConfig job =
        JobConfig.defaults(kafka.bootstrapServers(), lake().flinkUri())
            .withCheckpointInterval(Duration.ofSeconds(2))
            .stoppingAtLatestOffsets();
    new EmbeddedFlink(jars, lake(), workDir.resolve("checkpoints")).runToCompletion(job);
  }

  @Override
  public MergeConfig merge(int season) {
    return MergeConfig.of(MergeConfig.Verb.MERGE, season, lake().lake(), "local[2]", null);
  }

  @Override
  public Path cacheDir() {
    return workDir.resolve("cache");
  }

  @Override
  public Path reportDir() {
    return reportDir;
  }

  @Override
  public Path catalogProperties() throws Exception {
    return ShotsCatalog.writeProperties(
        lake().lake(), workDir.resolve("iceberg-catalog.properties"));
  }

  @Override
  public List<String> whereToLook() {
    return List.of("", "  The embedded engines stop now; bin/shotcharts demo runs on the stack.");
  }

  @Override
  public void close() {
    if (owned) {
      s3.close();
      kafka.close();
    }
  }
}
