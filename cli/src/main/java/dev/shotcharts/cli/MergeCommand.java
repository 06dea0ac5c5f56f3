package dev.shotcharts.cli;

import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.merge.MergeResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts merge}: the weekly merge of a season into the Iceberg table, or a rollback. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description =
        "Merge the season's ongoing Parquet into the lake's Iceberg table in one commit; or roll"
            + " the table back to an earlier snapshot.")
public final class MergeCommand implements Callable<Integer> {
  @Option(
      names = "--season",
      converter = SeasonRange.Converter.class,
      description =
          "Season by the year it ends (required to merge), or a range (2001-2026): a backfill's"
              + " seasons one after the other in one Spark application.")
  SeasonRange season;

  @Option(
      names = "--keep-snapshots",
      defaultValue = "" + MergeConfig.DEFAULT_KEEP_SNAPSHOTS,
      description = "Snapshots kept for time travel and rollback (default: ${DEFAULT-VALUE}).")
  int keepSnapshots;

  @Option(
      names = "--orphan-age",
      defaultValue = "P3D",
      description =
          "Unreferenced files below the table are deleted past this age, ISO-8601 (default:"
              + " ${DEFAULT-VALUE}).")
  Duration orphanAge;

  @Option(
      names = "--executor-wait",
      defaultValue = "PT2M",
      description =
          "On a cluster, give up when no executor is granted, or all are lost and none come back,"
              + " within this time, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration executorWait;

  @Option(names = "--dry-run", description = "Count what a merge would commit; write nothing.")
  boolean dryRun;

  @Option(
      names = "--export",
      description = "Then export the season as exports/shots-Y.tgz, in the same Spark application.")
  boolean export;

  @Option(
      names = "--rollback",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "SNAPSHOT_ID",
      description =
          "Make SNAPSHOT_ID the table's current snapshot again (without one: undo the last"
              + " commit). Every season goes back with it; no Spark is started.")
  String rollback;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    if (rollback != null) {
      return rollback();
    }
    if (season == null) {
      System.err.println("merge: --season is required (or --rollback)");
      return 2;
    }
    List<Integer> seasons = season.seasons();
    if (export && seasons.size() > 1) {
      System.err.println("merge: --export takes one season; export --all-seasons exports them all");
      return 2;
    }
    var config =
        new MergeConfig(
                MergeConfig.Verb.MERGE,
                seasons.get(0),
                seasons.get(0),
                lake.settings().lake(),
                lake.master(),
                keepSnapshots,
                orphanAge,
                executorWait,
                dryRun,
                lake.eventLogDir(),
                false,
                false,
                export)
            .throughSeason(seasons.get(seasons.size() - 1));
    JobResult job = lake.launcher().run(config);
    for (int i = 0; i < job.merges().size(); i++) {
      MergeResult r = job.merges().get(i);
      System.out.println(
          (r.committed() ? "committed snapshot " : "nothing committed; readers see snapshot ")
              + r.snapshotId()
              + ": season "
              + seasons.get(i)
              + " has "
              + r.seasonRows()
              + " rows ("
              + r.ongoingRows()
              + " read from ongoing/, "
              + r.duplicatesDropped()
              + " duplicates or already merged, "
              + r.changedRows()
              + " new or newer)");
    }
    if (job.export() != null) {
      System.out.println(
          "exported "
              + job.export().rows()
              + " rows to "
              + String.join(", ", job.export().archives()));
    }
    return 0;
  }

  private int rollback() throws Exception {
    try (ShotsCatalog catalog = ShotsCatalog.open(lake.settings())) {
      long current = catalog.rollback(rollback.isEmpty() ? null : Long.parseLong(rollback));
      System.out.println("the table's current snapshot is " + current + " again");
      return 0;
    } catch (IllegalStateException | NumberFormatException e) {
      System.err.println("merge --rollback: " + e.getMessage());
      return 1;
    }
  }
}
