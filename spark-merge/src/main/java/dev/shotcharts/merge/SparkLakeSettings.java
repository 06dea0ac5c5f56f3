package dev.shotcharts.merge;

import dev.shotcharts.model.Lake;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * How Spark reaches the lake: the Iceberg catalog under the name {@link Lake#CATALOG} (so the table
 * is {@code lake.shotcharts.shots}), S3A for the staging area and the exports, the AWS default
 * credential chain, UTC timestamps.
 */
public final class SparkLakeSettings {
  private SparkLakeSettings() {}

  public static SparkSession.Builder apply(SparkSession.Builder builder, MergeConfig config) {
    return apply(builder, config.lake(), config.eventLogDir());
  }

  /** The lake's settings and an event log directory (may be null). */
  public static SparkSession.Builder apply(
      SparkSession.Builder builder, Lake lake, String eventLogDir) {
    s3(builder, lake.s3Endpoint(), lake.region())
        .config(
            "spark.sql.extensions",
            "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
    catalog(lake).forEach(builder::config);
    // The catalog's login, if any, from the environment (Spark redacts passwords in its UI).
    Lake.catalogLogin(System.getenv())
        .forEach((k, v) -> builder.config("spark.sql.catalog." + Lake.CATALOG + "." + k, v));
    if (eventLogDir != null) {
      // The history server shows past merges from here.
      builder.config("spark.eventLog.enabled", "true").config("spark.eventLog.dir", eventLogDir);
    }
    return builder;
  }

  /**
   * S3A against an endpoint (null: AWS) in a region, the AWS default chain handed on to executors,
   * UTC timestamps: what any of our Spark jobs needs of the lake's files.
   */
  public static SparkSession.Builder s3(
      SparkSession.Builder builder, String s3Endpoint, String region) {
    builder
        .config("spark.sql.session.timeZone", "UTC")
        // Adaptive execution coalesces what shuffles remain to the data's size.
        .config("spark.sql.adaptive.enabled", "true")
        // Standard Parquet timestamps, readable by every engine (Spark defaults to legacy INT96).
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.hadoop.fs.s3a.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem")
        // The table's files are s3:// (the FileIO's name); Iceberg's orphan listing reads them
        // through Hadoop, so s3:// is S3A too.
        .config("spark.hadoop.fs.s3.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem");
    if (s3Endpoint != null) {
      // A local S3-compatible server: plain HTTP, path-style bucket addressing.
      builder
          .config("spark.hadoop.fs.s3a.endpoint", s3Endpoint)
          .config("spark.hadoop.fs.s3a.endpoint.region", region)
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

  /** Spark's settings of the lake's Iceberg catalog: the catalog's properties, Spark's names. */
  public static Map<String, String> catalog(Lake lake) {
    Map<String, String> settings = new TreeMap<>();
    String prefix = "spark.sql.catalog." + Lake.CATALOG;
    settings.put(prefix, "org.apache.iceberg.spark.SparkCatalog");
    lake.catalogProperties().forEach((k, v) -> settings.put(prefix + "." + k, v));
    return settings;
  }
}
