package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.model.Lake;
import dev.shotcharts.testing.S3ServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The weekly merge into the Iceberg table on a local Spark session, against a real S3 server over
 * HTTP and a real JDBC catalog (SQLite): every test its own lake and catalog.
 */
class SeasonMergeIT {
  @RegisterExtension static final S3ServerExtension S3 = new S3ServerExtension("lake");

  static SparkSession spark;

  /** A merge nobody watches step by step. */
  static final MergeListener NO_LISTENER = step -> {};

  static final Instant WEEK1 = Instant.parse("2026-11-16T04:05:00Z");
  static final Instant WEEK2 = Instant.parse("2026-11-23T04:05:00Z");
  static final LocalDate DAY_BEFORE = Shots.DATE.minusDays(1);
  static final LocalDate DAY_AFTER = Shots.DATE.plusDays(1);

  @BeforeAll
  static void startSpark() throws Exception {
    spark = SparkTestSession.start(S3);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** A lake below the test bucket with its own catalog, and a Spark session that uses it. */
  record TestLake(Lake lake, SparkSession session) {
    static TestLake create(String name) throws Exception {
      Lake lake = SparkTestSession.lake(S3, name);
      return new TestLake(lake, SparkTestSession.session(spark, lake));
    }

    String uri() {
      return lake.sparkUri();
    }

    FileSystem fs() throws Exception {
      return SparkTestSession.fileSystem(session, uri());
    }

    LakeFiles files() throws Exception {
      return new LakeFiles(fs(), uri(), 2025);
    }

    MergeConfig config(String verb, String... extra) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  verb,
                  "--lake",
                  lake.root(),
                  "--s3-endpoint",
                  lake.s3Endpoint(),
                  "--catalog-uri",
                  lake.catalogUri()));
      if (!List.of(extra).contains("--all-seasons")) {
        args.addAll(List.of("--season", "2025"));
      }
      args.addAll(List.of(extra));
      return MergeConfig.fromArgs(args.toArray(String[]::new));
    }

    MergeResult merge(MergeListener listener, String... extra) throws Exception {
      return new SeasonMerge(session, config("merge", extra), files(), listener).run();
    }

    void write(String name, List<Row> rows) {
      Shots.writeOngoing(session, uri(), name, rows);
    }

    List<String> ongoing() throws Exception {
      return files().committedOngoingFiles();
    }

    Table table() {
      return ShotsTable.load(session);
    }

    List<Snapshot> snapshots() {
      List<Snapshot> snapshots = new ArrayList<>();
      table().snapshots().forEach(snapshots::add);
      return snapshots;
    }

    /** What readers see: the season's rows in the current snapshot, as comparable strings. */
    Set<String> visible() {
      if (!ShotsTable.exists(session)) {
        return Set.of();
      }
      return ShotsTable.season(session, 2025)
          .select("event_id", "player", "scraped_at", "game_date")
          .collectAsList()
          .stream()
          .map(Row::toString)
          .collect(Collectors.toSet());
    }

    /** Delete files in the current snapshot: copy-on-write keeps them at zero for every reader. */
    long deleteFiles() {
      return Long.parseLong(
          table().currentSnapshot().summary().getOrDefault("total-delete-files", "0"));
    }
  }

  static List<Row> game(String gameId, int shots, String player, Instant scrapedAt) {
    List<Row> rows = new ArrayList<>();
    for (int seq = 0; seq < shots; seq++) {
      rows.add(Shots.shot(gameId, seq % 2 == 0 ? "BOS" : "NYK", seq, player, scrapedAt));
    }
    return rows;
  }

  /**
   * Week 1: a game of 100 shots and one of 8 the day before, merged. Week 2: the first game again,
   * plus a new one of 30 the day after.
   */
  static void weekOneMergedAndWeekTwoWaiting(TestLake lake) throws Exception {
    lake.write("w1", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    lake.write("w1b", Shots.onDate(game("202410210BOS", 8, "Al Horford", WEEK1), DAY_BEFORE));
    lake.merge(NO_LISTENER);
    lake.write("w2a", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    lake.write("w2b", Shots.onDate(game("202410230BOS", 30, "Jaylen Brown", WEEK2), DAY_AFTER));
  }

  @Test
  void firstMergeThenAWeekWithOverlappingAndNewEvents() throws Exception {
    TestLake lake = TestLake.create("weeks");
    lake.write("w1", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    MergeResult first = lake.merge(NO_LISTENER);
    assertThat(first.committed()).isTrue();
    assertThat(first.seasonRows()).isEqualTo(100);
    assertThat(lake.ongoing()).as("merged files deleted").isEmpty();

    lake.write("w2a", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    lake.write("w2b", game("202410230BOS", 30, "Jaylen Brown", WEEK2));
    lake.write("w2c", game("202410230BOS", 30, "Jaylen Brown", WEEK2)); // the week's own twin
    MergeResult second = lake.merge(NO_LISTENER);
    assertThat(second.ongoingRows()).isEqualTo(160);
    assertThat(second.duplicatesDropped()).isEqualTo(130);
    assertThat(second.changedRows()).isEqualTo(30);
    assertThat(second.seasonRows()).isEqualTo(130);
    assertThat(lake.visible()).hasSize(130);

    List<Snapshot> snapshots = lake.snapshots();
    assertThat(snapshots).as("one snapshot per merge").hasSize(2);
    Snapshot last = lake.table().currentSnapshot();
    assertThat(last.snapshotId()).isEqualTo(second.snapshotId());
    assertThat(last.summary())
        .containsEntry("shotcharts.season", "2025")
        .containsEntry("shotcharts.rows-in", "160")
        .containsEntry("shotcharts.duplicates-dropped", "130")
        .containsEntry("shotcharts.source-file-count", "3")
        .containsKey("shotcharts.merge-id");
    assertThat(last.summary().get("shotcharts.source-files").split(","))
        .hasSize(3)
        .allMatch(f -> f.startsWith("game_date=2024-10-2") && f.endsWith(".parquet"));
    assertThat(lake.deleteFiles()).isZero();
  }

  @Test
  void aRangeOfSeasonsIsMergedSeasonBySeasonInOneSession() throws Exception {
    TestLake lake = TestLake.create("range");
    lake.write("w1", game("202410220BOS", 12, "Jayson Tatum", WEEK1));
    MergeConfig range = lake.config("merge").forSeason(2024).throughSeason(2025);
    List<MergeResult> merges =
        SeasonMerges.run(lake.session(), range, lake.fs(), lake.uri(), NO_LISTENER);
    assertThat(merges).hasSize(2);
    assertThat(merges.get(0).committed()).as("2024 had no ongoing files").isFalse();
    assertThat(merges.get(1).committed()).isTrue();
    assertThat(merges.get(1).seasonRows()).isEqualTo(12);
    assertThat(lake.visible()).hasSize(12);
    assertThat(lake.table().currentSnapshot().summary()).containsEntry("shotcharts.season", "2025");
  }

  @Test
  void aGameMovedToAnotherDateLeavesNoRowOnItsOldOne() throws Exception {
    TestLake lake = TestLake.create("moved");
    lake.write("w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    lake.write("w1b", Shots.onDate(game("202410210BOS", 4, "Al Horford", WEEK1), DAY_BEFORE));
    lake.merge(NO_LISTENER);
    // The site now dates the same game a day later; the newer scrape wins.
    lake.write("w2", Shots.onDate(game("202410220BOS", 10, "Jayson Tatum", WEEK2), DAY_AFTER));
    MergeResult result = lake.merge(NO_LISTENER);
    assertThat(result.seasonRows()).isEqualTo(14);
    assertThat(lake.visible()).hasSize(14).noneMatch(r -> r.contains(Shots.DATE.toString()));
    assertThat(lake.deleteFiles()).isZero();
  }

  @Test
  void anEmptyWeekOrARescrapeWithNothingNewCommitsNothing() throws Exception {
    TestLake lake = TestLake.create("empty");
    lake.write("w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    MergeResult first = lake.merge(NO_LISTENER);
    Set<String> before = lake.visible();

    MergeResult empty = lake.merge(NO_LISTENER);
    assertThat(empty.committed()).isFalse();
    assertThat(empty.snapshotId()).isEqualTo(first.snapshotId());
    assertThat(empty.seasonRows()).as("the season as readers see it").isEqualTo(10);

    lake.write("w2", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    MergeResult same = lake.merge(NO_LISTENER);
    assertThat(same.committed()).isFalse();
    assertThat(same.duplicatesDropped()).isEqualTo(10);
    assertThat(lake.ongoing()).as("read, found merged already, deleted").isEmpty();
    assertThat(lake.snapshots())
        .extracting(Snapshot::snapshotId)
        .containsExactly(first.snapshotId());
    assertThat(lake.visible()).isEqualTo(before);
  }

  @Test
  void aRescrapedGameWithChangedValuesKeepsTheNewest() throws Exception {
    TestLake lake = TestLake.create("rescrape");
    lake.write("w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    lake.merge(NO_LISTENER);
    lake.write("w2", game("202410220BOS", 10, "Jayson Tatum Sr.", WEEK2));
    MergeResult result = lake.merge(NO_LISTENER);
    assertThat(result.seasonRows()).isEqualTo(10);
    assertThat(lake.visible()).hasSize(10).allMatch(r -> r.contains("Jayson Tatum Sr."));
  }

  @Test
  void filesCommittedDuringTheMergeStayForNextWeek() throws Exception {
    TestLake lake = TestLake.create("during");
    lake.write("w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    MergeResult result =
        lake.merge(
            step -> {
              if (step == MergeStep.READ_ONGOING) { // Flink commits a file meanwhile
                lake.write("late", game("202410240BOS", 4, "Al Horford", WEEK2));
              }
            });
    assertThat(result.seasonRows()).isEqualTo(10);
    assertThat(lake.ongoing()).hasSize(1).allMatch(f -> f.contains("/late/"));
    assertThat(lake.merge(NO_LISTENER).seasonRows()).isEqualTo(14);
  }

  @ParameterizedTest
  @EnumSource(MergeStep.class)
  void aCrashAfterAnyStepLeavesTheTableWholeAndARerunConverges(MergeStep crashAfter)
      throws Exception {
    TestLake reference = TestLake.create("reference-" + crashAfter);
    weekOneMergedAndWeekTwoWaiting(reference);
    reference.merge(NO_LISTENER);
    Set<String> expected = reference.visible();

    TestLake lake = TestLake.create("crash-" + crashAfter);
    weekOneMergedAndWeekTwoWaiting(lake);
    Set<String> before = lake.visible();
    long snapshotBefore = lake.table().currentSnapshot().snapshotId();
    int ongoingBefore = lake.ongoing().size();
    assertThatThrownBy(
            () ->
                lake.merge(
                    step -> {
                      if (step == crashAfter) {
                        if (step == MergeStep.COMMIT) { // crash in the middle of the deletion
                          lake.files().deleteFiles(lake.ongoing().subList(0, 1));
                        }
                        throw new IllegalStateException("crash after " + step);
                      }
                    }))
        .hasMessage("crash after " + crashAfter);

    // Readers see the old season until the commit, the new one from then on; never a mix.
    boolean committed = crashAfter.compareTo(MergeStep.COMMIT) >= 0;
    assertThat(lake.visible()).isEqualTo(committed ? expected : before);
    if (!committed) {
      assertThat(lake.table().currentSnapshot().snapshotId()).isEqualTo(snapshotBefore);
    }
    assertThat(lake.ongoing())
        .as("the merged ongoing files are gone only once DELETE_MERGED is done")
        .hasSize(
            crashAfter.compareTo(MergeStep.DELETE_MERGED) >= 0
                ? 0
                : crashAfter == MergeStep.COMMIT ? ongoingBefore - 1 : ongoingBefore);
    int snapshots = lake.snapshots().size();

    MergeResult rerun = lake.merge(NO_LISTENER);
    assertThat(lake.visible()).isEqualTo(expected);
    assertThat(lake.ongoing()).isEmpty();
    assertThat(rerun.committed())
        .as("nothing counted twice: a rerun after the commit commits nothing")
        .isEqualTo(!committed);
    assertThat(lake.snapshots()).hasSize(committed ? snapshots : snapshots + 1);
  }

  @Test
  void snapshotsBeyondTheOnesToKeepExpireAndTheRestTravelBackInTime() throws Exception {
    TestLake lake = TestLake.create("expire");
    List<Long> committed = new ArrayList<>();
    for (int week = 0; week < 4; week++) {
      lake.write("w" + week, game("20241022" + week + "BOS", 5, "X", WEEK1));
      committed.add(lake.merge(NO_LISTENER, "--keep-snapshots", "2").snapshotId());
    }
    assertThat(lake.snapshots())
        .extracting(Snapshot::snapshotId)
        .containsExactlyElementsOf(committed.subList(2, 4));
    assertThat(lake.visible()).hasSize(20);
    long asOf =
        lake.session()
            .sql("SELECT count(*) FROM " + ShotsTable.NAME + " VERSION AS OF " + committed.get(2))
            .first()
            .getLong(0);
    assertThat(asOf).isEqualTo(15);
  }

  @Test
  void orphanFilesOlderThanTheSafeAgeAreRemovedYoungerOnesKept() throws Exception {
    TestLake lake = TestLake.create("orphans");
    lake.write("w1", game("202410220BOS", 5, "X", WEEK1));
    lake.merge(NO_LISTENER);
    String data = lake.table().location() + "/data/stray-from-a-crashed-write.parquet";
    S3.client()
        .putObject(
            b -> b.bucket(S3.bucket()).key(data.substring(("s3://" + S3.bucket() + "/").length())),
            software.amazon.awssdk.core.sync.RequestBody.fromString("not referenced"));

    lake.write("w2", game("202410230BOS", 5, "Y", WEEK1));
    assertThat(lake.merge(NO_LISTENER).orphansRemoved())
        .as("younger than the default safe age: kept")
        .isZero();
    lake.write("w3", game("202410240BOS", 5, "Z", WEEK1));
    assertThat(lake.merge(NO_LISTENER, "--orphan-age", "PT0S").orphansRemoved()).isOne();
    assertThat(lake.visible()).hasSize(15);
  }

  @Test
  void smallFilesAreCompactedOnceTheyPileUp() throws Exception {
    TestLake lake = TestLake.create("compact");
    int compacted = 0;
    for (int week = 0; week < TableMaintenance.COMPACT_MIN_FILES + 1; week++) {
      lake.write("w" + week, game("20241022" + week + "BOS", 4, "X", WEEK1));
      compacted += lake.merge(NO_LISTENER).filesCompacted();
    }
    assertThat(compacted).isGreaterThanOrEqualTo(TableMaintenance.COMPACT_MIN_FILES);
    long files = Long.parseLong(lake.table().currentSnapshot().summary().get("total-data-files"));
    assertThat(files).isLessThan(TableMaintenance.COMPACT_MIN_FILES);
    assertThat(lake.visible()).hasSize(4 * (TableMaintenance.COMPACT_MIN_FILES + 1));
  }

  @Test
  void aDryRunCommitsAndDeletesNothing() throws Exception {
    TestLake lake = TestLake.create("dry");
    lake.write("w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    MergeResult result = lake.merge(NO_LISTENER, "--dry-run");
    assertThat(result.committed()).isFalse();
    assertThat(result.changedRows()).isEqualTo(10);
    assertThat(ShotsTable.exists(lake.session())).isFalse();
    assertThat(lake.ongoing()).hasSize(1);
  }

  @Test
  void anOngoingFileWithAnotherSchemaStopsTheMergeWithNothingCommitted() throws Exception {
    TestLake lake = TestLake.create("schema");
    lake.write("w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    Shots.frame(lake.session(), game("202410230BOS", 3, "Y", WEEK1))
        .drop("zone")
        .coalesce(1)
        .write()
        .parquet(lake.uri() + "/shots/ongoing/season=2025/game_date=2024-10-23/bad");
    assertThatThrownBy(() -> lake.merge(NO_LISTENER))
        .isInstanceOf(MergeException.class)
        .hasMessageContaining("do not match the curated schema")
        .hasMessageContaining("game_date=2024-10-23/bad/part-");
    assertThat(lake.ongoing()).hasSize(2);
    assertThat(lake.snapshots()).isEmpty();
  }

  @Test
  void invalidRowsStopTheMergeWithNothingCommitted() throws Exception {
    TestLake lake = TestLake.create("invalid");
    List<Row> rows = new ArrayList<>(game("202410220BOS", 3, "Jayson Tatum", WEEK1));
    Row bad =
        Shots.row(
            "202410220BOS",
            Shots.DATE,
            "BOS",
            "NYK",
            "BOS",
            9,
            "X",
            0,
            "0th",
            1.0,
            true,
            4,
            1,
            1,
            1,
            1,
            0,
            1,
            0,
            "tip",
            WEEK1);
    rows.add(bad);
    lake.write("w1", rows);
    assertThatThrownBy(() -> lake.merge(NO_LISTENER))
        .isInstanceOf(MergeException.class)
        .hasMessageStartingWith("1 rows fail validation")
        .hasMessageEndingWith("nothing committed");
    assertThat(lake.ongoing()).hasSize(1);
    assertThat(lake.snapshots()).isEmpty();
  }

  @Test
  void theLegacyExportKeepsTheOriginalColumnsAndValues(@TempDir Path tmp) throws Exception {
    TestLake lake = TestLake.create("export");
    String tie =
        "2nd overtime, 0:03.0 remaining<br>Shai Gilgeous-Alexander made 3-pointer from 26 ft<br>"
            + "Oklahoma City now tied 104-104";
    String miss =
        "4th quarter, 1:00.0 remaining<br>LeBron James missed 2-pointer from 5 ft<br>"
            + "LA Lakers trails 95-98";
    // An away win: the loser's shot is not at a tie, so winner and loser scores must swap.
    String loserShot =
        "3rd quarter, 5:00.0 remaining<br>Jayson Tatum made 2-pointer from 8 ft<br>"
            + "Boston trails 50-60";
    String winnerShot =
        "3rd quarter, 4:30.0 remaining<br>Jalen Brunson made 2-pointer from 12 ft<br>"
            + "New York now leads 62-50";
    // No final score on the schedule page: the winner comes from the scores the shots reached
    // (the home team here, which "the away team unless home_pts > away_pts" would get wrong).
    String noFinal =
        "4th quarter, 0:10.0 remaining<br>Paolo Banchero made 3-pointer from 24 ft<br>"
            + "Orlando trails 80-85";
    lake.write(
        "w1",
        List.of(
            Shots.row(
                "202410220LAL",
                Shots.DATE,
                "LAL",
                "OKC",
                "OKC",
                0,
                "Shai Gilgeous-Alexander",
                6,
                "2nd overtime",
                3.0,
                true,
                3,
                26,
                120,
                290,
                104,
                104,
                110,
                104,
                tie,
                WEEK1),
            Shots.row(
                "202410220LAL",
                Shots.DATE,
                "LAL",
                "OKC",
                "LAL",
                0,
                "LeBron James",
                4,
                "4th quarter",
                60.0,
                false,
                2,
                5,
                260,
                100,
                95,
                98,
                110,
                104,
                miss,
                WEEK1),
            Shots.row(
                "202410220BOS",
                Shots.DATE,
                "BOS",
                "NYK",
                "BOS",
                0,
                "Jayson Tatum",
                3,
                "3rd quarter",
                300.0,
                true,
                2,
                8,
                250,
                130,
                50,
                60,
                100,
                108,
                loserShot,
                WEEK1),
            Shots.row(
                "202410220BOS",
                Shots.DATE,
                "BOS",
                "NYK",
                "NYK",
                0,
                "Jalen Brunson",
                3,
                "3rd quarter",
                270.0,
                true,
                2,
                12,
                200,
                150,
                62,
                50,
                100,
                108,
                winnerShot,
                WEEK1),
            Shots.row(
                "202410220MIA",
                Shots.DATE,
                "MIA",
                "ORL",
                "ORL",
                0,
                "Paolo Banchero",
                4,
                "4th quarter",
                10.0,
                true,
                3,
                24,
                400,
                200,
                80,
                85,
                null,
                null,
                noFinal,
                WEEK1)));
    lake.merge(NO_LISTENER);
    FileSystem fs = lake.fs();
    long rows = new SeasonExport(lake.session(), lake.files(), 2025).run();
    assertThat(rows).isEqualTo(5);

    Path archive = tmp.resolve("shots-2024.tgz");
    Files.write(archive, S3.get("export/exports/shots-2024.tgz"));
    List<String> lines;
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
      assertThat(tar.getNextEntry().getName())
          .as("named by the season's start year, as the original dataset")
          .isEqualTo("shots-2024.csv");
      lines = new String(tar.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(tar.getNextEntry()).isNull();
    }
    assertThat(lines)
        .containsExactly(
            "game_id,year,month,day,winner,loser,x,y,play,time_remaining,quarter,shots_by,outcome,"
                + "attempt,distance,team,winner_score,loser_score",
            "202410220BOS,2024,10,22,New York,Boston,130px,250px,\""
                + loserShot
                + "\",5:00.0,3,Jayson Tatum,made,2-pointer,8ft,Boston,60,50",
            "202410220BOS,2024,10,22,New York,Boston,150px,200px,\""
                + winnerShot
                + "\",4:30.0,3,Jalen Brunson,made,2-pointer,12ft,New York,62,50",
            "202410220LAL,2024,10,22,LA Lakers,Oklahoma City,100px,260px,\""
                + miss
                + "\",1:00.0,4,LeBron James,missed,2-pointer,5ft,LA Lakers,95,98",
            "202410220LAL,2024,10,22,LA Lakers,Oklahoma City,290px,120px,\""
                + tie
                + "\",0:03.0,6,Shai Gilgeous-Alexander,made,3-pointer,26ft,Oklahoma City,104,104",
            "202410220MIA,2024,10,22,Miami,Orlando,200px,400px,\""
                + noFinal
                + "\",0:10.0,4,Paolo Banchero,made,3-pointer,24ft,Orlando,85,80");
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(lake.uri() + "/exports/shots-2024.tgz")))
        .isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(lake.uri() + "/exports/shots-2025.tgz")))
        .isFalse();
  }

  @Test
  void allSeasonsExportsEverySeasonOfTheTableAndPublicReadIsAnExplicitOptIn() throws Exception {
    TestLake lake = TestLake.create("every");
    lake.write("w1", game("202410220BOS", 6, "Jayson Tatum", WEEK1));
    lake.merge(NO_LISTENER);
    assertThat(ShotsTable.seasons(lake.session())).containsExactly(2025);

    ExportResult result =
        SeasonExport.run(lake.session(), lake.fs(), lake.config("export", "--all-seasons"));
    assertThat(result.archives()).containsExactly("exports/shots-2024.tgz");
    assertThat(result.rows()).isEqualTo(6);
    assertThat(allUsersCanRead("every/exports/shots-2024.tgz")).as("private by default").isFalse();

    SeasonExport.run(lake.session(), lake.fs(), lake.config("export", "--public-read"));
    assertThat(allUsersCanRead("every/exports/shots-2024.tgz")).as("--public-read").isTrue();
  }

  static boolean allUsersCanRead(String key) {
    return S3.client().getObjectAcl(b -> b.bucket(S3.bucket()).key(key)).grants().stream()
        .anyMatch(
            g ->
                "http://acs.amazonaws.com/groups/global/AllUsers".equals(g.grantee().uri())
                    && (g.permissionAsString().equals("READ")
                        || g.permissionAsString().equals("FULL_CONTROL")));
  }

  @Test
  void aMissingBucketOrWrongCredentialsStopTheMergeWithAClearError() throws Exception {
    TestLake lake = TestLake.create("creds");
    lake.write("w1", game("202410220BOS", 3, "X", WEEK1));
    MergeConfig config = lake.config("merge");

    org.apache.hadoop.conf.Configuration wrongKey =
        new org.apache.hadoop.conf.Configuration(spark.sparkContext().hadoopConfiguration());
    wrongKey.set("fs.s3a.secret.key", "not-the-secret");
    wrongKey.set("fs.s3a.attempts.maximum", "1");
    wrongKey.set("fs.s3a.retry.limit", "1");
    FileSystem denied = FileSystem.newInstance(java.net.URI.create(lake.uri()), wrongKey);
    assertThatThrownBy(
            () ->
                new SeasonMerge(
                        lake.session(),
                        config,
                        new LakeFiles(denied, lake.uri(), 2025),
                        NO_LISTENER)
                    .run())
        .isInstanceOf(MergeException.class)
        .hasMessageStartingWith("cannot reach the lake " + lake.uri());

    String missing = "s3a://no-such-bucket";
    FileSystem fs = SparkTestSession.fileSystem(spark, missing);
    assertThatThrownBy(
            () ->
                new SeasonMerge(
                        lake.session(), config, new LakeFiles(fs, missing, 2025), NO_LISTENER)
                    .run())
        .isInstanceOf(MergeException.class)
        .hasMessageStartingWith("cannot reach the lake " + missing);
    assertThat(lake.ongoing()).hasSize(1);
  }
}
