package dev.shotcharts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.engines.TempDirs;
import dev.shotcharts.flink.job.JobConfig;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.ScrapeConfig;
import dev.shotcharts.testing.FixtureSite;
import dev.shotcharts.testing.KafkaBrokerExtension;
import dev.shotcharts.testing.S3ServerExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every scheduler runs, end to end on the embedded engines: the sample site's week scraped
 * into Kafka, a running Flink job committing it, the merge and the export on Spark. The test's
 * clock is the fixture's: "today" is the last day of the sample's week.
 */
class WeeklyIT {
  static final LocalDate TODAY = LocalDate.of(2024, 10, 28);
  static final int SHOTS = 11;
  static final String GAME = "202410220BOS";

  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

  @RegisterExtension
  static final S3ServerExtension S3 = new S3ServerExtension(LakeLayout.DEFAULT_BUCKET);

  @RegisterExtension static final FixtureSite SITE = new FixtureSite("sites/sample");

  static WeeklyConfig weekly(boolean force, LakeSettings lake, Duration stall) {
    int season = WeeklyConfig.seasonPlayedOn(TODAY);
    ScrapeConfig scrape =
        ScrapeConfig.builder(season)
            .source(URI.create(SITE.baseUrl()))
            .ratePerMinute(ScrapeConfig.LOCAL_SITE_RATE)
            .dates(TODAY.minusDays(WeeklyConfig.DEFAULT_DAYS), TODAY)
            .cacheDir(null)
            .force(force)
            .bootstrapServers(KAFKA.bootstrapServers())
            .build();
    return new WeeklyConfig(
        scrape,
        Topics.FLINK_GROUP,
        Duration.ofMinutes(3),
        stall,
        lake,
        "local[2]",
        null,
        WeeklyConfig.ALL_STEPS);
  }

  static final Path CATALOG = TempDirs.create("catalog-").resolve("catalog.db");

  static LakeSettings lake() {
    return keys(S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
  }

  static LakeSettings keys(String accessKey, String secretKey) {
    return new LakeSettings(
        Lake.of(S3.bucket(), S3.endpoint(), Lake.sqliteCatalog(CATALOG)), accessKey, secretKey);
  }

  static long currentSnapshot() throws Exception {
    try (ShotsCatalog catalog = ShotsCatalog.open(lake())) {
      return catalog.table().orElseThrow().currentSnapshot().snapshotId();
    }
  }

  @Test
  void aWeekIsPublishedOnceFailuresSayWhatIsLeftAndTheNextRunFinishes(@TempDir Path work)
      throws Exception {
    EngineJars jars = EngineJars.fromBuild();
    PipelineTopics.createMissing(
        KAFKA.bootstrapServers(),
        PipelineTopics.shots(Topics.SHOT_CHARTS, 2, (short) 1),
        PipelineTopics.deadLetters(Topics.DEAD_LETTERS, (short) 1));
    JobConfig job =
        JobConfig.defaults(KAFKA.bootstrapServers(), lake().flinkUri())
            .withCheckpointInterval(Duration.ofSeconds(1));
    JobClient flink = new EmbeddedFlink(jars, lake(), work.resolve("checkpoints")).start(job);
    Duration stall = Duration.ofSeconds(30);

    // The week: published, merged, exported.
    Weekly.Result first = Weekly.run(weekly(false, lake(), stall), jars);
    assertThat(first.outcome()).isEqualTo(Weekly.Outcome.DONE);
    assertThat(first.scrape().gamesScraped()).isEqualTo(1);
    assertThat(first.scrape().shotsPublished()).isEqualTo(SHOTS);
    assertThat(first.merge().seasonRows()).isEqualTo(SHOTS);
    assertThat(first.export().rows()).isEqualTo(SHOTS);
    assertThat(S3.keys("exports/")).containsExactly("exports/shots-2024.tgz");
    long snapshot = currentSnapshot();

    // Right after: nothing to scrape, the same season.
    Weekly.Result second = Weekly.run(weekly(false, lake(), stall), jars);
    assertThat(second.outcome()).isEqualTo(Weekly.Outcome.DONE);
    assertThat(second.scrape().gamesScraped()).isZero();
    assertThat(second.merge().committed()).as("nothing new to commit").isFalse();
    assertThat(second.merge().seasonRows()).isEqualTo(SHOTS);
    assertThat(currentSnapshot()).isEqualTo(snapshot);

    // The merge fails (wrong keys) after the scrape has committed: non-zero, the lake unchanged;
    // the next run finishes the job.
    LakeSettings wrongKeys = keys("nobody", "wrong");
    Weekly.Result failed = Weekly.run(weekly(true, wrongKeys, stall), jars);
    assertThat(failed.outcome()).isEqualTo(Weekly.Outcome.MERGE_FAILED);
    assertThat(failed.outcome().exitCode).isNotZero();
    assertThat(failed.scrape().shotsPublished()).isEqualTo(SHOTS);
    assertThat(failed.error()).isNotBlank();
    assertThat(currentSnapshot()).isEqualTo(snapshot);
    Weekly.Result recovered = Weekly.run(weekly(false, lake(), stall), jars);
    assertThat(recovered.outcome()).isEqualTo(Weekly.Outcome.DONE);
    assertThat(recovered.merge().seasonRows()).isEqualTo(SHOTS);

    // The site refuses the shot chart: non-zero, and the game left is named.
    SITE.respondOnce(
        "/boxscores/shot-chart/" + GAME + ".html", new FixtureSite.Answer(403, Map.of(), ""));
    Weekly.Result refused = Weekly.run(weekly(true, lake(), stall), jars);
    assertThat(refused.outcome()).isEqualTo(Weekly.Outcome.SCRAPE_FAILED);
    assertThat(refused.scrape().describe()).contains(GAME);
    assertThat(refused.merge()).as("not merged").isNull();

    // No Flink job: said within the stall period, not after the whole wait.
    flink.cancel().get();
    long start = System.nanoTime();
    Weekly.Result noJob = Weekly.run(weekly(true, lake(), Duration.ofSeconds(10)), jars);
    assertThat(noJob.outcome()).isEqualTo(Weekly.Outcome.FLINK_BEHIND);
    assertThat(noJob.error()).contains("is it running?");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
  }
}
