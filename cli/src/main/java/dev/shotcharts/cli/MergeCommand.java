package dev.shotcharts.cli;

import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.merge.MergeResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts merge}: the weekly merge of a season, published atomically. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description =
        "Merge the season's ongoing Parquet into a new snapshot and publish it atomically.")
public final class MergeCommand implements Callable<Integer> {
  @Option(names = "--season", required = true, description = "Season by the year it ends.")
  int season;

  @Option(
      names = "--keep-snapshots",
      defaultValue = "" + MergeConfig.DEFAULT_KEEP_SNAPSHOTS,
      description = "Snapshots kept for rollback (default: ${DEFAULT-VALUE}).")
  int keepSnapshots;

  @Option(names = "--dry-run", description = "Count what a merge would publish; write nothing.")
  boolean dryRun;

  @Option(
      names = "--event-log-dir",
      defaultValue = "${env:SHOTCHARTS_SPARK_EVENT_LOG_DIR}",
      description = "Spark event log directory, for the history server.")
  String eventLogDir;

  @Option(
      names = "--export",
      description =
          "Then export the published season as exports/shots-Y.tgz, in the same Spark application.")
  boolean export;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    var config =
        new MergeConfig(
            MergeConfig.Verb.MERGE,
            season,
            lake.settings().sparkUri(),
            lake.master(),
            lake.settings().endpoint(),
            keepSnapshots,
            dryRun,
            eventLogDir,
            false,
            false,
            export);
    JobResult job = lake.launcher().run(config);
    MergeResult r = job.merge();
    System.out.println(
        r.published()
            ? "published snapshot "
                + r.snapshotId()
                + " of season "
                + season
                + ": "
                + r.snapshotRows()
                + " rows ("
                + r.ongoingRows()
                + " read from ongoing/, "
                + r.duplicatesDropped()
                + " duplicates dropped)"
            : "nothing published; readers see "
                + (r.snapshotId() == null ? "no snapshot yet" : "snapshot " + r.snapshotId())
                + " ("
                + r.snapshotRows()
                + " rows)");
    if (job.export() != null) {
      System.out.println(
          "exported "
              + job.export().rows()
              + " rows to "
              + String.join(", ", job.export().archives()));
    }
    return 0;
  }
}
