package dev.shotcharts.bench.merge;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.Report;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.bench.SyntheticTopic;
import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.Manifest;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RecordJson;
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
  public static final String STEPS = "Weekly merge: where the in-job time goes (last run)";
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

    List<Double> wall = new ArrayList<>();
    List<Double> inJob = new ArrayList<>();
    List<Double> startup = new ArrayList<>();
    List<Double> duckTotal = new ArrayList<>();
    List<Double> duckQuery = new ArrayList<>();
    JobResult last = null;
    for (int run = 1; run <= ctx.sizes().runs(); run++) {
      System.out.printf("bench: merge run %d of %d%n", run, ctx.sizes().runs());
      restage(prefix, week);
      long start = System.nanoTime();
      last = spark(prefix, ctx.config().sparkMaster(), SEASON);
      wall.add((System.nanoTime() - start) / 1e9);
      check("Spark", last.merge().snapshotRows(), seasonRows);
      inJob.add(last.mergeMillis() / 1000.0);
      startup.add(last.startupMillis() / 1000.0);
      restage(prefix, week);
      DuckDbMerge.Timing duck = duckDb(prefix, run);
      check("DuckDB", duck.rows(), seasonRows);
      duckTotal.add(duck.totalMillis() / 1000.0);
      duckQuery.add(duck.queryMillis() / 1000.0);
    }
    add("our merge on the standalone cluster, submit to published (wall)", wall);
    add("of it: driver JVM start to Spark session ready", startup);
    add("of it: in the job, session ready to published", inJob);
    add("DuckDB, including S3 downloads and uploads", duckTotal);
    add("DuckDB, query only", duckQuery);
    double n = median(wall);
    double m = median(inJob);
    double r = m / median(duckTotal);
    Manifest manifest = manifest(prefix, last);
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
                "%,d shots into %,d, on %d game dates. Every run checked: the season holds exactly"
                    + " the distinct shots. Runs after the first merge the same week again, so"
                    + " its shots are all dropped as duplicates; the work is the same.",
                (long) weekGames * SyntheticTopic.SHOTS_PER_GAME,
                seasonRows - (long) weekGames * SyntheticTopic.SHOTS_PER_GAME,
                manifest.dates().size()));
    manifest
        .stepMillis()
        .forEach(
            (step, millis) ->
                ctx.report().add(new Sample(STEPS, step, "s", List.of(millis / 1000.0))));
  }

  private void add(String label, List<Double> values) {
    ctx.report().add(new Sample(TABLE, label, "s", values));
  }

  private static double median(List<Double> values) {
    return new Sample("", "", "", values).median();
  }

  /** What the last merge wrote into its manifest: its dates and step times. */
  private Manifest manifest(String prefix, JobResult result) throws Exception {
    String key =
        prefix + "/" + LakeLayout.snapshot(SEASON, result.merge().snapshotId()) + "/_MANIFEST.json";
    return RecordJson.fromJson(ctx.lake().text(key), Manifest.class);
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
    LakeSettings lake =
        new LakeSettings(
            ctx.config().s3Endpoint(),
            StackConfig.BUCKET + "/" + prefix,
            StackConfig.ACCESS_KEY,
            StackConfig.SECRET_KEY);
    SparkMergeLauncher launcher = new SparkMergeLauncher(ctx.engines(), lake);
    return launcher.run(launcher.config(MergeConfig.Verb.MERGE, season, master));
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
