package dev.shotcharts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.testing.FixtureSite;
import dev.shotcharts.testing.KafkaBrokerExtension;
import dev.shotcharts.testing.S3ServerExtension;
import dev.shotcharts.views.report.SeasonReport;
import dev.shotcharts.views.report.SeasonReportReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.apache.iceberg.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One game through every hop on real engines: the sample site, a Kafka broker, a Flink MiniCluster
 * writing Parquet to an S3 server over HTTP, and the Spark merge in its own JVM.
 */
class EndToEndIT {
  /** Markers on the sample shot-chart page: 6 Boston, 5 New York (those inside a comment). */
  static final int MARKERS_ON_PAGE = 11;

  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

  @RegisterExtension
  static final S3ServerExtension S3 = new S3ServerExtension(LakeLayout.DEFAULT_BUCKET);

  @RegisterExtension static final FixtureSite SITE = new FixtureSite("sites/sample");

  @Test
  void oneGameReconcilesAtEveryHopAndKeepsItsValues(@TempDir Path work) throws Exception {
    EngineJars jars = EngineJars.fromBuild();
    EmbeddedRuntime runtime = new EmbeddedRuntime(KAFKA, S3, jars, work);
    DemoCounts counts =
        new Demo(runtime, jars)
            .run(
                2025,
                LocalDate.of(2024, 10, 22),
                LocalDate.of(2024, 10, 28),
                URI.create(SITE.baseUrl()));

    assertThat(counts.gamesScraped()).isEqualTo(1);
    assertThat(counts.shotsOnPages()).isEqualTo(MARKERS_ON_PAGE);
    assertThat(counts.season().distinctEvents()).isEqualTo(MARKERS_ON_PAGE);
    assertThat(counts.season().markerDeadLetters()).isZero();
    assertThat(counts.season().jobDeadLetters()).isZero();
    assertThat(counts.season().tableRows()).isEqualTo(MARKERS_ON_PAGE);
    assertThat(counts.exportedRows()).isEqualTo(MARKERS_ON_PAGE);
    assertThat(counts.balanced()).isTrue();

    // The season's report, read back from what the real job and merge left, says the same at
    // every hop: pages, Kafka, the job's curated rows, the table.
    Path page = counts.report();
    LakeSettings settings = runtime.lake();
    SeasonReport report =
        SeasonReportReader.read(settings, KAFKA.bootstrapServers(), work.resolve("cache"), 2025);
    assertThat(report.hops())
        .isEqualTo(
            new SeasonReport.Hops(
                MARKERS_ON_PAGE,
                MARKERS_ON_PAGE,
                MARKERS_ON_PAGE,
                0,
                0,
                MARKERS_ON_PAGE,
                (long) MARKERS_ON_PAGE));
    assertThat(report.hops().reconciled()).isTrue();
    assertThat(report.gamesPlayed()).isEqualTo(1);
    assertThat(report.missing()).isEmpty();
    assertThat(report.snapshotId()).isEqualTo(String.valueOf(counts.season().snapshotId()));
    assertThat(java.nio.file.Files.readString(page)).contains("id=\"reconciled\" class=\"ok\"");

    // A reader that is not the project's: Iceberg's Java API, from the demo's properties file.
    Table table = OutsideReader.table(runtime.catalogProperties());
    assertThat(table.snapshots()).as("one snapshot per merge").hasSize(1);
    assertThat(table.currentSnapshot().snapshotId()).isEqualTo(counts.season().snapshotId());
    assertThat(table.currentSnapshot().summary())
        .containsEntry("total-records", String.valueOf(MARKERS_ON_PAGE))
        .containsEntry("total-delete-files", "0");

    LakeReader lake = new LakeReader(S3.client(), S3.bucket());
    String data = LakeLayout.WAREHOUSE + "/shotcharts/shots/data/";
    assertThat(lake.parquetKeys(LakeLayout.ONGOING + "/")).as("merged files deleted").isEmpty();
    assertThat(lake.parquetKeys(data))
        .isNotEmpty()
        .allMatch(k -> k.startsWith(data + "season=2025/game_date_month=2024-10/"));

    Map<String, GenericRecord> byEvent =
        lake.rows(data).stream()
            .collect(Collectors.toMap(r -> r.get("event_id").toString(), Function.identity()));
    assertThat(byEvent).hasSize(MARKERS_ON_PAGE);

    // As the page says: "2nd quarter, 5:12.5 remaining / Kristaps Porziņģis made 2-pointer from
    // 14 ft / Boston now leads 5-2", marker at left 350, top 150.
    GenericRecord porzingis = byEvent.get("202410220BOS-BOS-2");
    assertThat(porzingis.get("player").toString()).isEqualTo("Kristaps Porziņģis");
    assertThat(porzingis.get("team").toString()).isEqualTo("BOS");
    assertThat(porzingis.get("opponent").toString()).isEqualTo("NYK");
    assertThat(porzingis.get("period")).isEqualTo(2);
    assertThat(porzingis.get("clock_remaining_s")).isEqualTo(312.5);
    assertThat(porzingis.get("elapsed_s")).isEqualTo(1127.5);
    assertThat(porzingis.get("made")).isEqualTo(true);
    assertThat(porzingis.get("shot_value")).isEqualTo(2);
    assertThat(porzingis.get("distance_ft")).isEqualTo(14);
    assertThat(porzingis.get("x_px")).isEqualTo(350);
    assertThat(porzingis.get("y_px")).isEqualTo(150);
    assertThat(porzingis.get("zone").toString()).isEqualTo("mid_range");
    assertThat(porzingis.get("team_score")).isEqualTo(5);
    assertThat(porzingis.get("opponent_score")).isEqualTo(2);
    assertThat(porzingis.get("home_pts")).isEqualTo(132);
    assertThat(porzingis.get("away_pts")).isEqualTo(109);

    // The double-overtime heave from the chart inside an HTML comment.
    GenericRecord hart = byEvent.get("202410220BOS-NYK-4");
    assertThat(hart.get("period")).isEqualTo(6);
    assertThat(hart.get("period_label").toString()).isEqualTo("2nd overtime");
    assertThat(hart.get("zone").toString()).isEqualTo("backcourt");
    assertThat(hart.get("made")).isEqualTo(false);
  }
}
