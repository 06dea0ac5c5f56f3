package dev.shotcharts.merge;

import dev.shotcharts.engines.S3Server;
import dev.shotcharts.model.Lake;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/** A local Spark session that reaches the test S3 server the way the merge job reaches S3. */
final class SparkTestSession {
  private SparkTestSession() {}

  static SparkSession start(S3Server s3) throws Exception {
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
    return SparkLakeSettings.apply(builder, lake(s3, "default"), null).getOrCreate();
  }

  /** A lake of its own below the test bucket, with a catalog of its own (a new SQLite file). */
  static Lake lake(S3Server s3, String name) throws Exception {
    Path catalog = Files.createTempDirectory("catalog-").resolve("catalog.db");
    return Lake.of(s3.bucket() + "/" + name, s3.endpoint(), Lake.sqliteCatalog(catalog));
  }

  /**
   * A session of the shared Spark context whose catalog {@code lake} is this lake's: Spark loads a
   * catalog once per session, so every test lake gets its own session.
   */
  static SparkSession session(SparkSession spark, Lake lake) {
    SparkSession session = spark.newSession();
    SparkLakeSettings.catalog(lake).forEach(session.conf()::set);
    String prefix = "spark.sql.catalog." + Lake.CATALOG + ".";
    session.conf().set(prefix + "s3.access-key-id", S3Server.ACCESS_KEY);
    session.conf().set(prefix + "s3.secret-access-key", S3Server.SECRET_KEY);
    return session;
  }

  static FileSystem fileSystem(SparkSession spark, String lake) throws Exception {
    return FileSystem.get(URI.create(lake), spark.sparkContext().hadoopConfiguration());
  }
}
