package dev.shotcharts.merge;

import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the merge jar for {@code spark-submit}: wiring only, the work is in SeasonMerge.
 */
public final class SeasonMergeJob {
  private SeasonMergeJob() {}

  public static void main(String[] args) throws Exception {
    MergeConfig config = MergeConfig.fromArgs(args);
    SparkSession.Builder builder =
        SparkSession.builder().appName("shotcharts merge season " + config.season());
    if (config.master() != null) {
      builder.master(config.master());
    }
    SparkLakeSettings.apply(builder, config);
    try (SparkSession spark = builder.getOrCreate()) {
      MergeResult result = new SeasonMerge(spark, config).run();
      System.out.println("MERGE-RESULT " + result);
    }
  }
}
