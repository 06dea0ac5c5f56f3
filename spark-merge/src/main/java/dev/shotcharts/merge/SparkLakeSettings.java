package dev.shotcharts.merge;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/** How Spark reaches the lake: S3A with the AWS default credential chain, UTC timestamps. */
public final class SparkLakeSettings {
  private SparkLakeSettings() {}

  public static SparkSession.Builder apply(SparkSession.Builder builder, MergeConfig config) {
    return apply(builder, config.s3Endpoint(), config.eventLogDir());
  }

  /** The lake settings for an S3 endpoint (null: AWS) and an event log directory (may be null). */
  public static SparkSession.Builder apply(
      SparkSession.Builder builder, String s3Endpoint, String eventLogDir) {
    builder
        .config("spark.sql.session.timeZone", "UTC")
        // Adaptive execution coalesces what shuffles remain to the data's size.
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.parquet.compression.codec", "snappy")
        // Standard Parquet timestamps, readable by every engine (Spark defaults to legacy INT96).
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.hadoop.fs.s3a.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem");
    if (eventLogDir != null) {
      // The history server shows past merges from here.
      builder.config("spark.eventLog.enabled", "true").config("spark.eventLog.dir", eventLogDir);
    }
    if (s3Endpoint != null) {
      // A local S3-compatible server: plain HTTP, path-style bucket addressing.
      builder
          .config("spark.hadoop.fs.s3a.endpoint", s3Endpoint)
          .config("spark.hadoop.fs.s3a.endpoint.region", "us-east-1")
          .config("spark.hadoop.fs.s3a.path.style.access", "true")
          .config("spark.hadoop.fs.s3a.connection.ssl.enabled", "false");
    }
    // Executors on a cluster do not share the driver's environment: hand on the keys of the
    // default chain when the driver has them (Spark redacts them in its UI).
    for (String name : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION")) {
      String value = System.getenv(name);
      if (value != null) {
        builder.config("spark.executorEnv." + name, value);
      }
    }
    return builder;
  }
}
