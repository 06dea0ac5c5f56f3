package dev.shotcharts.merge;

import dev.shotcharts.engines.S3Server;
import java.net.URI;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/** A local Spark session that reaches the test S3 server the way the merge job reaches S3. */
final class SparkTestSession {
  private SparkTestSession() {}

  static SparkSession start(S3Server s3) {
    MergeConfig config =
        MergeConfig.fromArgs(
            new String[] {"merge", "--season", "2025", "--s3-endpoint", s3.endpoint()});
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("shotcharts merge tests")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            // The local test server's keys; the job itself relies on the AWS default chain.
            .config("spark.hadoop.fs.s3a.access.key", S3Server.ACCESS_KEY)
            .config("spark.hadoop.fs.s3a.secret.key", S3Server.SECRET_KEY)
            .config("spark.hadoop.fs.s3a.impl.disable.cache", "true");
    return SparkLakeSettings.apply(builder, config).getOrCreate();
  }

  static FileSystem fileSystem(SparkSession spark, String lake) throws Exception {
    return FileSystem.get(URI.create(lake), spark.sparkContext().hadoopConfiguration());
  }
}
