package dev.shotcharts.bench.merge;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.bench.SyntheticTopic;
import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.merge.MergeResult;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.pipeline.SparkMergeLauncher;
import dev.shotcharts.testing.SyntheticShots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The weekly merge: one week of shots into a season, in a lake holding that season only and in one
 * holding the whole history. Our Spark job in local mode and on the stack's standalone cluster
 * (wall time: JVM, session, merge, verify, publish), and DuckDB doing the same union / de-duplicate
 * / write. Before every run the week's files are put back into the ongoing area.
 */
public final class MergeSuite {
  public static final String TABLE = "Weekly merge: one week into the season";
  private static final int SEASON = 2025;

  private final BenchContext ctx;
  private final LakeSeeder seeder;

  public MergeSuite(BenchContext ctx) {
    this.ctx = ctx;
    this.seeder = new LakeSeeder(ctx.s3(), StackConfig.BUCKET, ctx.workDir().resolve("merge-seed"));
  }

  public void run() throws Exception {
    int gamesPerSeason = ctx.sizes().seasonShots() / SyntheticTopic.SHOTS_PER_GAME;
    int weekGames = ctx.sizes().weekShots() / SyntheticTopic.SHOTS_PER_GAME;
    long seasonRows = (long) gamesPerSeason * SyntheticTopic.SHOTS_PER_GAME;

    System.out.println("bench: merge: writing the week's files");
    List<LakeSeeder.LakeFile> week =
        seeder.write(gamesPerSeason - weekGames, gamesPerSeason, "week");
    Map<String, String> lakes = new LinkedHashMap<>();
    lakes.put("season alone", seed("season", 1, gamesPerSeason, weekGames));
    lakes.put(
        "whole history", seed("history", ctx.sizes().historySeasons(), gamesPerSeason, weekGames));

    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int run = 1; run <= ctx.sizes().runs(); run++) {
      for (Map.Entry<String, String> lake : lakes.entrySet()) {
        String scenario = lake.getKey();
        String prefix = lake.getValue();
        System.out.printf("bench: merge run %d of %d, %s%n", run, ctx.sizes().runs(), scenario);
        for (String master : List.of("local[2]", ctx.config().sparkMaster())) {
          restage(prefix, week);
          long start = System.nanoTime();
          MergeResult result = spark(prefix, master);
          double s = (System.nanoTime() - start) / 1e9;
          check("Spark " + master, result.snapshotRows(), seasonRows);
          String engine =
              master.startsWith("local") ? "Spark, local[2]" : "Spark, standalone cluster";
          seconds.computeIfAbsent(engine + " | " + scenario, k -> new ArrayList<>()).add(s);
        }
        restage(prefix, week);
        DuckDbMerge.Timing duck = duckDb(prefix, run);
        check("DuckDB", duck.rows(), seasonRows);
        seconds
            .computeIfAbsent("DuckDB, with S3 transfers | " + scenario, k -> new ArrayList<>())
            .add(duck.totalMillis() / 1000.0);
        seconds
            .computeIfAbsent("DuckDB, query only | " + scenario, k -> new ArrayList<>())
            .add(duck.queryMillis() / 1000.0);
      }
    }
    String sizes =
        String.format(
            "%,d shots into %,d (history: %d seasons, %,d shots)",
            (long) weekGames * SyntheticTopic.SHOTS_PER_GAME,
            seasonRows - (long) weekGames * SyntheticTopic.SHOTS_PER_GAME,
            ctx.sizes().historySeasons(),
            seasonRows * ctx.sizes().historySeasons());
    seconds.forEach(
        (label, values) ->
            ctx.report().add(new Sample(TABLE, label.replace(" | ", ", "), "s", values)));
    ctx.report()
        .note(
            TABLE,
            sizes
                + ". Every run checked: the season holds exactly the distinct shots. Spark's"
                + " figures include its JVM and session start.");
  }

  /** A lake of {@code seasons} merged seasons (the latest without its last week); its prefix. */
  private String seed(String name, int seasons, int gamesPerSeason, int weekGames)
      throws Exception {
    String prefix = "bench/merge-" + name + "-" + System.currentTimeMillis();
    for (int i = 0; i < seasons; i++) {
      int season = SEASON - i;
      int first = i * SyntheticShots.GAMES_PER_SEASON;
      int last = first + gamesPerSeason - (i == 0 ? weekGames : 0);
      System.out.printf(
          "bench: merge: seeding %s, season %d (%d of %d)%n", name, season, i + 1, seasons);
      seeder.upload(seeder.write(first, last, "seed"), prefix);
      spark(prefix, "local[2]", season);
    }
    return prefix;
  }

  /** Puts the week's files back into the ongoing area (a merge deletes what it merged). */
  private void restage(String prefix, List<LakeSeeder.LakeFile> week) {
    String ongoing = prefix + "/" + LakeLayout.ongoingSeason(SEASON) + "/";
    List<ObjectIdentifier> old = new ArrayList<>();
    for (S3Object o :
        ctx.s3()
            .listObjectsV2Paginator(r -> r.bucket(StackConfig.BUCKET).prefix(ongoing))
            .contents()) {
      old.add(ObjectIdentifier.builder().key(o.key()).build());
    }
    if (!old.isEmpty()) {
      ctx.s3().deleteObjects(r -> r.bucket(StackConfig.BUCKET).delete(d -> d.objects(old)));
    }
    seeder.upload(week, prefix);
  }

  private MergeResult spark(String prefix, String master) throws Exception {
    return spark(prefix, master, SEASON);
  }

  private MergeResult spark(String prefix, String master, int season) throws Exception {
    LakeSettings lake =
        new LakeSettings(
            ctx.config().s3Endpoint(),
            StackConfig.BUCKET + "/" + prefix,
            StackConfig.ACCESS_KEY,
            StackConfig.SECRET_KEY);
    SparkMergeLauncher launcher = new SparkMergeLauncher(ctx.engines(), lake);
    return launcher.merge(launcher.config(MergeConfig.Verb.MERGE, season, master));
  }

  private DuckDbMerge.Timing duckDb(String prefix, int run) throws Exception {
    String latest = ctx.lake().text(prefix + "/" + LakeLayout.latestMarker(SEASON));
    List<String> snapshot =
        ctx.lake().parquetKeys(prefix + "/" + LakeLayout.snapshot(SEASON, latest) + "/");
    List<String> week =
        ctx.lake().parquetKeys(prefix + "/" + LakeLayout.ongoingSeason(SEASON) + "/");
    return new DuckDbMerge(ctx.s3(), StackConfig.BUCKET)
        .merge(
            snapshot,
            week,
            BenchContext.runPrefix("duckdb-merge", run),
            ctx.workDir().resolve("duckdb"));
  }

  private static void check(String engine, long rows, long expected) {
    if (rows != expected) {
      throw new IllegalStateException(
          engine + " merged the season into " + rows + " rows, expected " + expected);
    }
  }
}
