package dev.shotcharts.merge;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the merge jar for {@code spark-submit}: {@code merge} (with {@code --export}, then
 * export) or {@code export} a season, in one Spark application. Wiring only; the work is in {@link
 * SeasonMerge} and {@link SeasonExport}.
 */
public final class SeasonMergeJob {
  private SeasonMergeJob() {}

  public static void main(String[] args) throws Exception {
    MergeConfig config;
    try {
      config = MergeConfig.fromArgs(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(
                "shotcharts "
                    + config.verb().name().toLowerCase()
                    + " season "
                    + config.seasonsLabel());
    if (config.master() != null) {
      builder.master(config.master());
    }
    SparkLakeSettings.apply(builder, config);
    try (SparkSession spark = builder.getOrCreate();
        ExecutorWatchdog watchdog =
            ExecutorWatchdog.start(spark.sparkContext(), config.executorWait())) {
      String lakeUri = config.lake().sparkUri();
      FileSystem fs =
          FileSystem.get(URI.create(lakeUri), spark.sparkContext().hadoopConfiguration());
      long ready = System.currentTimeMillis();
      long startup = ready - ManagementFactory.getRuntimeMXBean().getStartTime();
      long[] committedAt = {0};
      List<MergeResult> merges =
          config.verb() != MergeConfig.Verb.MERGE
              ? List.of()
              : SeasonMerges.run(
                  spark,
                  config,
                  fs,
                  lakeUri,
                  step -> {
                    System.out.println(MergeOutput.step(step));
                    if (step == MergeStep.COMMIT) {
                      committedAt[0] = System.currentTimeMillis();
                    }
                  });
      long committed =
          merges.isEmpty()
              ? ready
              : committedAt[0] > 0 ? committedAt[0] : System.currentTimeMillis();
      // A merge's export shares the driver and executors the merge has already started.
      long exportStart = System.currentTimeMillis();
      ExportResult export =
          config.verb() == MergeConfig.Verb.EXPORT || config.export()
              ? SeasonExport.run(spark, fs, config)
              : null;
      JobResult result =
          new JobResult(
              merges,
              export,
              startup,
              committed - ready,
              export == null ? 0 : System.currentTimeMillis() - exportStart);
      System.out.println(MergeOutput.result(result));
    } catch (MergeException e) {
      System.err.println(MergeOutput.failure(e.getMessage()));
      System.exit(1);
    }
  }
}
