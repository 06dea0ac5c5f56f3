package dev.shotcharts.bench.merge;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.Report;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.bench.SyntheticTopic;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.pipeline.SparkMergeLauncher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The weekly merge: one week of shots into a season. Our Spark job on the stack's standalone
 * cluster, timed from submit to published (wall: JVM, session, executors, merge) and in the job
 * (session ready to published), and DuckDB doing the same union / de-duplicate / write, with and
 * without its S3 transfers. Before every run the week's files are put back into the ongoing area.
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
    String prefix = seed(gamesPerSeason, weekGames);
    long seeded = currentSnapshot(prefix);

    List<Double> wall = new ArrayList<>();
    List<Double> inJob = new ArrayList<>();
    List<Double> startup = new ArrayList<>();
    List<Double> duckTotal = new ArrayList<>();
    List<Double> duckQuery = new ArrayList<>();
    JobResult last = null;
    for (int run = 1; run <= ctx.sizes().runs(); run++) {
      System.out.printf("bench: merge run %d of %d%n", run, ctx.sizes().runs());
      restage(prefix, week);
      rollback(prefix, seeded);
      long start = System.nanoTime();
      last = spark(prefix, ctx.config().sparkMaster(), SEASON);
      wall.add((System.nanoTime() - start) / 1e9);
      check("Spark", last.merge().seasonRows(), seasonRows);
      inJob.add(last.mergeMillis() / 1000.0);
      startup.add(last.startupMillis() / 1000.0);
      restage(prefix, week);
      rollback(prefix, seeded);
      DuckDbMerge.Timing duck = duckDb(prefix, run);
      check("DuckDB", duck.rows(), seasonRows);
      duckTotal.add(duck.totalMillis() / 1000.0);
      duckQuery.add(duck.queryMillis() / 1000.0);
    }
    add(
        "our merge on the standalone cluster, submit to its end, maintenance included (wall)",
        wall);
    add("of it: driver JVM start to Spark session ready", startup);
    add("of it: in the job, session ready to the commit", inJob);
    add("DuckDB, including S3 downloads and uploads", duckTotal);
    add("DuckDB, query only", duckQuery);
    double n = median(wall);
    double m = median(inJob);
    double r = m / median(duckTotal);
    ctx.report()
        .note(
            TABLE,
            String.format(
                Locale.ROOT,
                "**Merge on the cluster = %s s wall, in-job = %s s = %s× DuckDB (with transfers).**",
                Report.format(n),
                Report.format(m),
                Report.format(r)));
    ctx.report()
        .note(
            TABLE,
            String.format(
                "%,d shots into %,d of the Iceberg table. Every run checked: the season holds"
                    + " exactly the distinct shots. Before every run the table is rolled back to the"
                    + " season without the week, so every run merges and commits the same work.",
                (long) weekGames * SyntheticTopic.SHOTS_PER_GAME,
                seasonRows - (long) weekGames * SyntheticTopic.SHOTS_PER_GAME));
  }

  private void add(String label, List<Double> values) {
    ctx.report().add(new Sample(TABLE, label, "s", values));
  }

  private static double median(List<Double> values) {
    return new Sample("", "", "", values).median();
  }

  private long currentSnapshot(String prefix) throws Exception {
    try (ShotsCatalog catalog = ShotsCatalog.open(ctx.lakeAt(prefix))) {
      return catalog.table().orElseThrow().currentSnapshot().snapshotId();
    }
  }

  /** The table back at the season without the week, unless it is there already. */
  private void rollback(String prefix, long snapshotId) throws Exception {
    if (currentSnapshot(prefix) != snapshotId) {
      try (ShotsCatalog catalog = ShotsCatalog.open(ctx.lakeAt(prefix))) {
        catalog.rollback(snapshotId);
      }
    }
  }

  /** A lake holding the season without its last week, merged; its prefix. */
  private String seed(int gamesPerSeason, int weekGames) throws Exception {
    String prefix = "bench/merge-" + System.currentTimeMillis();
    System.out.println("bench: merge: seeding the season without its last week");
    seeder.upload(seeder.write(0, gamesPerSeason - weekGames, "seed"), prefix);
    spark(prefix, ctx.config().sparkMaster(), SEASON);
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

  private JobResult spark(String prefix, String master, int season) throws Exception {
    LakeSettings lake = ctx.lakeAt(prefix);
    SparkMergeLauncher launcher = new SparkMergeLauncher(ctx.engines(), lake);
    return launcher.run(launcher.config(MergeConfig.Verb.MERGE, season, master));
  }

  private DuckDbMerge.Timing duckDb(String prefix, int run) throws Exception {
    List<String> snapshot = new ArrayList<>();
    try (ShotsCatalog catalog = ShotsCatalog.open(ctx.lakeAt(prefix))) {
      for (var file : catalog.plan(List.of(SEASON), ShotsCatalog.AsOf.CURRENT).files()) {
        snapshot.add(file.location().substring(("s3://" + StackConfig.BUCKET + "/").length()));
      }
    }
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
