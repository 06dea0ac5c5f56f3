package dev.shotcharts.merge;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * The merges of a config's seasons, one after the other in one Spark application: a backfill's 26
 * seasons share one driver and its executors instead of starting 26 applications. Each season is
 * its own {@link SeasonMerge} and its own commit; a season that fails stops the run, and the
 * seasons before it stay committed (a rerun finds nothing new in them).
 */
public final class SeasonMerges {
  private SeasonMerges() {}

  public static List<MergeResult> run(
      SparkSession spark, MergeConfig config, FileSystem fs, String lakeUri, MergeListener listener)
      throws Exception {
    List<MergeResult> merges = new ArrayList<>();
    for (int season : config.seasons()) {
      merges.add(
          new SeasonMerge(
                  spark, config.forSeason(season), new LakeFiles(fs, lakeUri, season), listener)
              .run());
    }
    return merges;
  }
}
