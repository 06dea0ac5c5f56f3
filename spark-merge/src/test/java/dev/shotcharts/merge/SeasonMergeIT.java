package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.testing.S3ServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The weekly merge on a local Spark session against a real S3 server over HTTP. */
class SeasonMergeIT {
  @RegisterExtension static final S3ServerExtension S3 = new S3ServerExtension("lake");

  static SparkSession spark;

  static final Instant WEEK1 = Instant.parse("2026-11-16T04:05:00Z");
  static final Instant WEEK2 = Instant.parse("2026-11-23T04:05:00Z");
  static final LocalDate DAY_BEFORE = Shots.DATE.minusDays(1);
  static final LocalDate DAY_AFTER = Shots.DATE.plusDays(1);

  @BeforeAll
  static void startSpark() {
    spark = SparkTestSession.start(S3);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  static String lake(String name) {
    return "s3a://lake/" + name;
  }

  static SeasonStore store(String lake) throws Exception {
    return new SeasonStore(SparkTestSession.fileSystem(spark, lake), lake, 2025);
  }

  static MergeResult merge(String lake, MergeListener listener, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("merge", "--season", "2025", "--lake", lake));
    args.addAll(List.of(extra));
    MergeConfig config = MergeConfig.fromArgs(args.toArray(String[]::new));
    return new SeasonMerge(spark, config, store(lake), listener).run();
  }

  static List<Row> game(String gameId, int shots, String player, Instant scrapedAt) {
    List<Row> rows = new ArrayList<>();
    for (int seq = 0; seq < shots; seq++) {
      rows.add(Shots.shot(gameId, seq % 2 == 0 ? "BOS" : "NYK", seq, player, scrapedAt));
    }
    return rows;
  }

  /** What readers see: the rows of the snapshot _LATEST points at, as comparable strings. */
  static Set<String> visible(String lake) throws Exception {
    String snapshot = store(lake).latestSnapshot().orElseThrow();
    return CuratedColumns.conform(spark.read().parquet(store(lake).snapshotUri(snapshot)))
        .select("event_id", "player", "scraped_at", "game_date")
        .collectAsList()
        .stream()
        .map(Row::toString)
        .collect(Collectors.toSet());
  }

  /**
   * Week 1: a game of 100 shots and one of 8 the day before, merged. Week 2: the first game again,
   * plus a new one of 30 the day after; the day before is carried over untouched.
   */
  static void weekOneMergedAndWeekTwoWaiting(String lake) throws Exception {
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    Shots.writeOngoing(
        spark, lake, "w1b", Shots.onDate(game("202410210BOS", 8, "Al Horford", WEEK1), DAY_BEFORE));
    merge(lake, MergeListener.NONE);
    Shots.writeOngoing(spark, lake, "w2a", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    Shots.writeOngoing(
        spark,
        lake,
        "w2b",
        Shots.onDate(game("202410230BOS", 30, "Jaylen Brown", WEEK2), DAY_AFTER));
  }

  /** A snapshot's files on one date: name and bytes. */
  static java.util.Map<String, String> files(String lake, String snapshot, LocalDate date)
      throws Exception {
    FileSystem fs = SparkTestSession.fileSystem(spark, lake);
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    for (var status :
        fs.listStatus(
            new org.apache.hadoop.fs.Path(
                store(lake).snapshotDateUri(snapshot, date.toString())))) {
      try (var in = fs.open(status.getPath())) {
        files.put(
            status.getPath().getName(), java.util.HexFormat.of().formatHex(in.readAllBytes()));
      }
    }
    return files;
  }

  @Test
  void aWeekRewritesTheDatesItTouchesAndCopiesTheOthersUnchanged() throws Exception {
    String lake = lake("carry");
    weekOneMergedAndWeekTwoWaiting(lake);
    String first = store(lake).latestSnapshot().orElseThrow();
    var dayBefore = files(lake, first, DAY_BEFORE);
    var gameDay = files(lake, first, Shots.DATE);
    assertThat(dayBefore).isNotEmpty();

    MergeResult second = merge(lake, MergeListener.NONE);
    assertThat(second.snapshotRows()).isEqualTo(138);
    assertThat(second.duplicatesDropped()).isEqualTo(100);
    assertThat(files(lake, second.snapshotId(), DAY_BEFORE))
        .as("the untouched date: the same files, byte for byte")
        .isEqualTo(dayBefore);
    assertThat(files(lake, second.snapshotId(), Shots.DATE).keySet())
        .as("the touched date is written anew")
        .doesNotContainAnyElementsOf(gameDay.keySet());
    Manifest manifest = store(lake).manifest(second.snapshotId()).orElseThrow();
    assertThat(manifest.dates())
        .containsEntry(DAY_BEFORE.toString(), new DatePartition(8, List.of("202410210BOS")))
        .containsEntry(Shots.DATE.toString(), new DatePartition(100, List.of("202410220BOS")))
        .containsEntry(DAY_AFTER.toString(), new DatePartition(30, List.of("202410230BOS")));
    assertThat(visible(lake)).hasSize(138);
  }

  @Test
  void aGameMovedToAnotherDateLeavesNoRowOnItsOldOne() throws Exception {
    String lake = lake("moved");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    Shots.writeOngoing(
        spark, lake, "w1b", Shots.onDate(game("202410210BOS", 4, "Al Horford", WEEK1), DAY_BEFORE));
    merge(lake, MergeListener.NONE);
    // The site now dates the same game a day later; the newer scrape wins.
    Shots.writeOngoing(
        spark,
        lake,
        "w2",
        Shots.onDate(game("202410220BOS", 10, "Jayson Tatum", WEEK2), DAY_AFTER));
    MergeResult result = merge(lake, MergeListener.NONE);
    assertThat(result.snapshotRows()).isEqualTo(14);
    assertThat(visible(lake)).hasSize(14).noneMatch(r -> r.contains(Shots.DATE.toString()));
    assertThat(store(lake).manifest(result.snapshotId()).orElseThrow().dates())
        .containsOnlyKeys(DAY_BEFORE.toString(), DAY_AFTER.toString());
  }

  @Test
  void aSnapshotFromBeforePerDateManifestsIsSummarizedOnceAndMergedExactly() throws Exception {
    String lake = lake("upgrade");
    weekOneMergedAndWeekTwoWaiting(lake);
    String first = store(lake).latestSnapshot().orElseThrow();
    Manifest old = store(lake).manifest(first).orElseThrow();
    store(lake)
        .writeManifest(
            new Manifest(
                old.mergeId(),
                old.season(),
                old.snapshot(),
                old.previousSnapshot(),
                old.sourceFiles(),
                old.ongoingRows(),
                old.previousRows(),
                old.duplicatesDropped(),
                old.snapshotRows(),
                old.startedAt(),
                old.stepMillis(),
                null));
    MergeResult result = merge(lake, MergeListener.NONE);
    assertThat(result.snapshotRows()).isEqualTo(138);
    assertThat(result.previousSnapshotRows()).isEqualTo(108);
    assertThat(visible(lake)).hasSize(138);
    assertThat(store(lake).manifest(result.snapshotId()).orElseThrow().dates()).hasSize(3);
  }

  @Test
  void firstMergeThenAWeekWithOverlappingAndNewEvents() throws Exception {
    String lake = lake("weeks");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    MergeResult first = merge(lake, MergeListener.NONE);
    assertThat(first.published()).isTrue();
    assertThat(first.snapshotRows()).isEqualTo(100);
    assertThat(store(lake).committedOngoingFiles()).as("merged files deleted").isEmpty();
    Manifest manifest = store(lake).manifest(first.snapshotId()).orElseThrow();
    assertThat(manifest.sourceFiles()).hasSize(1);
    assertThat(manifest.snapshotRows()).isEqualTo(100);

    Shots.writeOngoing(spark, lake, "w2a", game("202410220BOS", 100, "Jayson Tatum", WEEK1));
    Shots.writeOngoing(spark, lake, "w2b", game("202410230BOS", 30, "Jaylen Brown", WEEK2));
    MergeResult second = merge(lake, MergeListener.NONE);
    assertThat(second.ongoingRows()).isEqualTo(130);
    assertThat(second.previousSnapshotRows()).isEqualTo(100);
    assertThat(second.duplicatesDropped()).isEqualTo(100);
    assertThat(second.snapshotRows()).isEqualTo(130);
    assertThat(store(lake).latestSnapshot()).contains(second.snapshotId());
    assertThat(visible(lake)).hasSize(130);
  }

  @Test
  void anEmptyWeekChangesNothing() throws Exception {
    String lake = lake("empty");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    MergeResult first = merge(lake, MergeListener.NONE);
    Set<String> before = visible(lake);
    MergeResult empty = merge(lake, MergeListener.NONE);
    assertThat(empty.published()).isFalse();
    assertThat(empty.snapshotId()).isEqualTo(first.snapshotId());
    assertThat(empty.snapshotRows()).as("the season as readers see it").isEqualTo(10);
    assertThat(store(lake).snapshots()).containsExactly(first.snapshotId());
    assertThat(visible(lake)).isEqualTo(before);
  }

  @Test
  void aRescrapedGameWithChangedValuesKeepsTheNewest() throws Exception {
    String lake = lake("rescrape");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    merge(lake, MergeListener.NONE);
    Shots.writeOngoing(spark, lake, "w2", game("202410220BOS", 10, "Jayson Tatum Sr.", WEEK2));
    MergeResult result = merge(lake, MergeListener.NONE);
    assertThat(result.snapshotRows()).isEqualTo(10);
    assertThat(visible(lake)).hasSize(10).allMatch(r -> r.contains("Jayson Tatum Sr."));
  }

  @Test
  void filesCommittedDuringTheMergeStayForNextWeek() throws Exception {
    String lake = lake("during");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    MergeResult result =
        merge(
            lake,
            step -> {
              if (step == MergeStep.READ_ONGOING) { // Flink commits a file meanwhile
                Shots.writeOngoing(
                    spark, lake, "late", game("202410240BOS", 4, "Al Horford", WEEK2));
              }
            });
    assertThat(result.snapshotRows()).isEqualTo(10);
    assertThat(store(lake).committedOngoingFiles()).hasSize(1).allMatch(f -> f.contains("/late/"));
    assertThat(merge(lake, MergeListener.NONE).snapshotRows()).isEqualTo(14);
  }

  @ParameterizedTest
  @EnumSource(
      value = MergeStep.class,
      names = {
        "WRITE_SNAPSHOT",
        "CARRY_UNTOUCHED",
        "VERIFY",
        "WRITE_MANIFEST",
        "PUBLISH",
        "DELETE_MERGED",
        "COLLECT_GARBAGE"
      })
  void aCrashAfterAnyStepLeavesACompleteSnapshotAndARerunConverges(MergeStep crashAfter)
      throws Exception {
    String reference = lake("reference-" + crashAfter);
    weekOneMergedAndWeekTwoWaiting(reference);
    merge(reference, MergeListener.NONE);
    Set<String> expected = visible(reference);

    String lake = lake("crash-" + crashAfter);
    weekOneMergedAndWeekTwoWaiting(lake);
    Set<String> before = visible(lake);
    int ongoingBefore = store(lake).committedOngoingFiles().size();
    assertThatThrownBy(
            () ->
                merge(
                    lake,
                    step -> {
                      if (step == crashAfter) {
                        if (step == MergeStep.PUBLISH) { // crash in the middle of the deletion
                          List<String> files = store(lake).committedOngoingFiles();
                          store(lake).deleteFiles(files.subList(0, 1));
                        }
                        throw new IllegalStateException("crash after " + step);
                      }
                    }))
        .hasMessage("crash after " + crashAfter);

    // Readers see the old season until PUBLISH is done, the new one from then on; never a mix.
    boolean published = crashAfter.compareTo(MergeStep.PUBLISH) >= 0;
    assertThat(visible(lake)).isEqualTo(published ? expected : before);
    assertThat(store(lake).committedOngoingFiles())
        .as("the merged ongoing files are gone only once DELETE_MERGED is done")
        .hasSize(
            crashAfter.compareTo(MergeStep.DELETE_MERGED) >= 0
                ? 0
                : crashAfter == MergeStep.PUBLISH ? ongoingBefore - 1 : ongoingBefore);
    String latest = store(lake).latestSnapshot().orElseThrow();
    assertThat(store(lake).manifest(latest))
        .as("_LATEST points at a complete snapshot")
        .isPresent();

    merge(lake, MergeListener.NONE);
    assertThat(visible(lake)).isEqualTo(expected);
    assertThat(store(lake).committedOngoingFiles()).isEmpty();
  }

  @Test
  void oldSnapshotsAreCollectedBeyondTheOnesToKeep() throws Exception {
    String lake = lake("gc");
    List<String> published = new ArrayList<>();
    for (int week = 0; week < 4; week++) {
      Shots.writeOngoing(spark, lake, "w" + week, game("20241022" + week + "BOS", 5, "X", WEEK1));
      published.add(merge(lake, MergeListener.NONE, "--keep-snapshots", "2").snapshotId());
    }
    assertThat(store(lake).snapshots()).containsExactlyElementsOf(published.subList(2, 4));
    assertThat(visible(lake)).hasSize(20);
  }

  @Test
  void aDryRunPublishesAndDeletesNothing() throws Exception {
    String lake = lake("dry");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    MergeResult result = merge(lake, MergeListener.NONE, "--dry-run");
    assertThat(result.published()).isFalse();
    assertThat(result.snapshotRows()).isEqualTo(10);
    assertThat(store(lake).latestSnapshot()).isEmpty();
    assertThat(store(lake).snapshots()).isEmpty();
    assertThat(store(lake).committedOngoingFiles()).hasSize(1);
  }

  @Test
  void anOngoingFileWithAnotherSchemaStopsTheMergeWithNothingDeleted() throws Exception {
    String lake = lake("schema");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 10, "Jayson Tatum", WEEK1));
    Shots.frame(spark, game("202410230BOS", 3, "Y", WEEK1))
        .drop("zone")
        .coalesce(1)
        .write()
        .parquet(lake + "/shots/ongoing/season=2025/game_date=2024-10-23/bad");
    assertThatThrownBy(() -> merge(lake, MergeListener.NONE))
        .isInstanceOf(MergeException.class)
        .hasMessageContaining("do not match the curated schema")
        .hasMessageContaining("game_date=2024-10-23/bad/part-");
    assertThat(store(lake).committedOngoingFiles()).hasSize(2);
    assertThat(store(lake).latestSnapshot()).isEmpty();
  }

  @Test
  void invalidRowsStopTheMergeWithNothingPublished() throws Exception {
    String lake = lake("invalid");
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
    Shots.writeOngoing(spark, lake, "w1", rows);
    assertThatThrownBy(() -> merge(lake, MergeListener.NONE))
        .isInstanceOf(MergeException.class)
        .hasMessageStartingWith("1 rows fail validation");
    assertThat(store(lake).latestSnapshot()).isEmpty();
    assertThat(store(lake).committedOngoingFiles()).hasSize(1);
    assertThat(new HashSet<>(store(lake).snapshots())).isEmpty();
  }

  @Test
  void theLegacyExportKeepsTheOriginalColumnsAndValues(@TempDir Path tmp) throws Exception {
    String lake = lake("export");
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
    Shots.writeOngoing(
        spark,
        lake,
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
    merge(lake, MergeListener.NONE);
    FileSystem fs = SparkTestSession.fileSystem(spark, lake);
    long rows = new SeasonExport(spark, store(lake), 2025).run();
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
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(lake + "/exports/shots-2024.tgz"))).isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(lake + "/exports/shots-2025.tgz")))
        .isFalse();
  }

  @Test
  void allSeasonsExportsEveryPublishedSeasonAndPublicReadIsAnExplicitOptIn() throws Exception {
    String lake = lake("every");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 6, "Jayson Tatum", WEEK1));
    merge(lake, MergeListener.NONE);
    FileSystem fs = SparkTestSession.fileSystem(spark, lake);
    assertThat(SeasonStore.publishedSeasons(fs, lake)).containsExactly(2025);

    ExportResult result =
        SeasonExport.run(
            spark,
            fs,
            MergeConfig.fromArgs(new String[] {"export", "--all-seasons", "--lake", lake}));
    assertThat(result.archives()).containsExactly("exports/shots-2024.tgz");
    assertThat(result.rows()).isEqualTo(6);
    assertThat(allUsersCanRead("every/exports/shots-2024.tgz")).as("private by default").isFalse();

    SeasonExport.run(
        spark,
        fs,
        MergeConfig.fromArgs(
            new String[] {"export", "--season", "2025", "--lake", lake, "--public-read"}));
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
    String lake = lake("creds");
    Shots.writeOngoing(spark, lake, "w1", game("202410220BOS", 3, "X", WEEK1));
    MergeConfig config =
        MergeConfig.fromArgs(new String[] {"merge", "--season", "2025", "--lake", lake});

    org.apache.hadoop.conf.Configuration wrongKey =
        new org.apache.hadoop.conf.Configuration(spark.sparkContext().hadoopConfiguration());
    wrongKey.set("fs.s3a.secret.key", "not-the-secret");
    wrongKey.set("fs.s3a.attempts.maximum", "1");
    wrongKey.set("fs.s3a.retry.limit", "1");
    FileSystem denied = FileSystem.newInstance(java.net.URI.create(lake), wrongKey);
    assertThatThrownBy(
            () ->
                new SeasonMerge(
                        spark, config, new SeasonStore(denied, lake, 2025), MergeListener.NONE)
                    .run())
        .isInstanceOf(MergeException.class)
        .hasMessageStartingWith("cannot reach the lake " + lake);

    String missing = "s3a://no-such-bucket";
    FileSystem fs = SparkTestSession.fileSystem(spark, missing);
    assertThatThrownBy(
            () ->
                new SeasonMerge(
                        spark,
                        MergeConfig.fromArgs(
                            new String[] {"merge", "--season", "2025", "--lake", missing}),
                        new SeasonStore(fs, missing, 2025),
                        MergeListener.NONE)
                    .run())
        .isInstanceOf(MergeException.class)
        .hasMessageStartingWith("cannot reach the lake " + missing);
    assertThat(store(lake).committedOngoingFiles()).hasSize(1);
  }
}
