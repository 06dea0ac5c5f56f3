package dev.shotcharts.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.clients.LakeClient;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.testing.S3ServerExtension;
import dev.shotcharts.testing.SyntheticShots;
import dev.shotcharts.transform.ShotCurator;
import dev.shotcharts.views.chart.ChartShot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * query over the Iceberg table on a real S3 server and JDBC catalog: answers, a cache of data
 * files, time travel, clear errors.
 */
class SeasonQueryIT {
  @RegisterExtension
  static final S3ServerExtension S3 = new S3ServerExtension(LakeLayout.DEFAULT_BUCKET);

  /** The table holding 20 shots of one game, as the merge leaves it. */
  static List<CuratedShot> publish(LakeSettings lake, Path tmp) throws Exception {
    SyntheticShots synthetic = new SyntheticShots(5);
    ShotCurator curator = new ShotCurator();
    List<CuratedShot> shots =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(seq -> curator.curate(synthetic.shot(2, seq), Instant.now()))
            .toList();
    SnapshotFixture.publish(S3, lake, 2025, shots, tmp);
    return shots;
  }

  static String run(SeasonQuery query, String sql, SeasonQuery.Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    query.run(List.of(2025), sql, format, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersFromTheTableThenFromTheCacheTravelsInTimeAndSaysWhatIsWrong(@TempDir Path tmp)
      throws Exception {
    LakeSettings lake = SnapshotFixture.lake(S3);
    List<CuratedShot> shots = publish(lake, tmp);
    long made = shots.stream().filter(CuratedShot::made).count();
    try (S3Client s3 = LakeClient.of(lake);
        ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      SeasonQuery query = new SeasonQuery(s3, catalog, S3.bucket(), tmp.resolve("cache"));
      long first = catalog.snapshots().get(0).snapshotId();
      assertThat(
              run(
                  query,
                  "SELECT count(*) AS shots, sum(made::int) AS made, min(game_date) AS day FROM shots",
                  SeasonQuery.Format.CSV))
          .isEqualTo("shots,made,day\n20," + made + "," + shots.get(0).gameDate() + "\n");

      // What chart reads: typed rows of a parameterised query.
      String team = shots.get(0).team();
      List<ChartShot> teamShots =
          query.select(
              List.of(2025),
              "SELECT " + ChartShot.COLUMNS + " FROM shots WHERE team = ?",
              List.of(team),
              ChartShot::of);
      assertThat(teamShots)
          .hasSize((int) shots.stream().filter(s -> s.team().equals(team)).count());

      // A data file is cached by its path: gone from the lake, it still answers.
      for (var file : catalog.plan(List.of(2025), ShotsCatalog.AsOf.CURRENT).files()) {
        String key = file.location().substring(("s3://" + S3.bucket() + "/").length());
        S3.client().deleteObject(b -> b.bucket(S3.bucket()).key(key));
      }
      assertThat(run(query, "SELECT count(*) AS n FROM shots", SeasonQuery.Format.JSON))
          .contains("\"n\" : 20");

      // A new commit with 5 of the shots; the first snapshot is still there to travel to.
      SnapshotFixture.publish(S3, lake, 2025, shots.subList(0, 5), tmp);
      assertThat(run(query, "SELECT count(*) AS n FROM shots", SeasonQuery.Format.CSV))
          .isEqualTo("n\n5\n");
      ByteArrayOutputStream then = new ByteArrayOutputStream();
      query
          .asOf(new ShotsCatalog.AsOf.SnapshotId(first))
          .run(
              List.of(2025),
              "SELECT count(*) AS n FROM shots",
              SeasonQuery.Format.CSV,
              new PrintStream(then, true, StandardCharsets.UTF_8));
      assertThat(then.toString(StandardCharsets.UTF_8)).isEqualTo("n\n20\n");
      assertThatThrownBy(
              () ->
                  query
                      .asOf(new ShotsCatalog.AsOf.Time(0))
                      .run(List.of(2025), "SELECT 1", SeasonQuery.Format.CSV, System.out))
          .isInstanceOf(SeasonQuery.QueryException.class)
          .hasMessageStartingWith("the table has no snapshot at or before 1970-01-01T00:00:00Z")
          .hasMessageContaining("it keeps " + first + " of ");
      // Rolled back, the table is the first snapshot again for every reader.
      assertThat(catalog.rollback(null)).isEqualTo(first);
      assertThat(run(query, "SELECT count(*) AS n FROM shots", SeasonQuery.Format.CSV))
          .isEqualTo("n\n20\n");
      assertThat(
              run(
                  query,
                  "SELECT event_id FROM shots ORDER BY event_id LIMIT 1",
                  SeasonQuery.Format.TABLE))
          .startsWith("event_id\n--------");

      assertThatThrownBy(() -> run(query, "SELEC nonsense", SeasonQuery.Format.CSV))
          .isInstanceOf(SeasonQuery.QueryException.class)
          .hasMessageContaining("Parser Error");
      assertThatThrownBy(
              () -> query.run(List.of(1999), "SELECT 1", SeasonQuery.Format.CSV, System.out))
          .hasMessageContaining("have no rows in the table");
    }
  }

  @Test
  void freshAddsTheCommittedOngoingRowsNewestPerEvent(@TempDir Path tmp) throws Exception {
    SyntheticShots synthetic = SyntheticShots.seasons(9, 2024);
    ShotCurator curator = new ShotCurator();
    Instant later = Instant.parse("2026-11-30T04:00:00Z");
    List<CuratedShot> merged =
        java.util.stream.IntStream.range(0, 10)
            .mapToObj(seq -> curator.curate(synthetic.shot(0, seq), Instant.now()))
            .toList();
    LakeSettings lake = SnapshotFixture.lake(S3);
    SnapshotFixture.publish(S3, lake, 2024, merged, tmp);
    // Since the merge: five new events and one event scraped again, and a file still open.
    List<CuratedShot> since =
        java.util.stream.IntStream.of(0, 10, 11, 12, 13, 14)
            .mapToObj(seq -> curator.curate(synthetic.shot(0, seq, later), later))
            .toList();
    String day = LakeLayout.ongoingSeason(2024) + "/game_date=" + merged.get(0).gameDate();
    SnapshotFixture.put(S3, day + "/part-1-0.parquet", since, tmp);
    SnapshotFixture.put(S3, day + "/.part-1-1.parquet", since, tmp); // in progress: not read

    try (S3Client s3 = LakeClient.of(lake);
        ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      SeasonQuery query = new SeasonQuery(s3, catalog, S3.bucket(), tmp.resolve("cache"));
      String count = "SELECT count(*) AS n, count(DISTINCT event_id) AS events FROM shots";
      assertThat(fresh(query, false, count)).isEqualTo("n,events\n10,10\n");
      assertThat(fresh(query, true, count)).isEqualTo("n,events\n15,15\n");
      String rescraped = since.get(0).eventId();
      assertThat(
              fresh(
                  query, true, "SELECT scraped_at FROM shots WHERE event_id = '" + rescraped + "'"))
          .isEqualTo("scraped_at\n2026-11-30T04:00Z\n");

      // The next merge takes the file in and deletes it: the fresh view drops its copy.
      S3.client().deleteObject(b -> b.bucket(S3.bucket()).key(day + "/part-1-0.parquet"));
      assertThat(fresh(query, true, count)).isEqualTo("n,events\n10,10\n");
      assertThat(query.ongoing(2024).resolve("game_date=" + merged.get(0).gameDate()))
          .isEmptyDirectory();
    }
  }

  static String fresh(SeasonQuery query, boolean fresh, String sql) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    query.run(
        List.of(2024),
        fresh,
        sql,
        SeasonQuery.Format.CSV,
        new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvQuotesWhatNeedsIt() {
    assertThat(ResultPrinter.csv("Oklahoma City")).isEqualTo("Oklahoma City");
    assertThat(ResultPrinter.csv("a, b")).isEqualTo("\"a, b\"");
    assertThat(ResultPrinter.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ResultPrinter.csv(null)).isEmpty();
  }
}
