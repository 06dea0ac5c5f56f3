package dev.shotcharts.cli;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.pipeline.SparkMergeLauncher;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * Where the lake is: the running local stack's when there is one, else the bucket, S3 endpoint and
 * Iceberg catalog given here or in the environment (keys from the AWS default chain); and the Spark
 * master of the commands that run Spark on it.
 */
public final class LakeOptions {
  static final String LOCAL_MASTER = "local[*]";

  @Option(
      names = "--bucket",
      defaultValue = "${env:SHOTCHARTS_BUCKET:-" + LakeLayout.DEFAULT_BUCKET + "}",
      description = "Bucket of the lake (default: ${DEFAULT-VALUE}).")
  String bucket;

  @Option(
      names = "--s3-endpoint",
      defaultValue = "${env:SHOTCHARTS_S3_ENDPOINT}",
      description =
          "An S3-compatible server, e.g. http://127.0.0.1:9000 (default: the running local"
              + " stack's, else AWS S3). Credentials come from the AWS default chain"
              + " (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, profile, role), or are the local"
              + " stack's development keys.")
  String s3Endpoint;

  @Option(
      names = "--region",
      defaultValue = "${env:AWS_REGION:-" + Lake.DEFAULT_REGION + "}",
      description = "The bucket's region (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(
      names = "--catalog-uri",
      defaultValue = "${env:SHOTCHARTS_CATALOG_URI}",
      description =
          "The Iceberg JDBC catalog's database, e.g. jdbc:postgresql://db/iceberg (default: the"
              + " running local stack's SQLite file).")
  String catalogUri;

  @Option(
      names = "--catalog-properties",
      defaultValue = "${env:SHOTCHARTS_CATALOG_PROPERTIES}",
      description =
          "A file of Iceberg catalog properties in Iceberg's own names (type, uri, warehouse,"
              + " io-impl, s3.endpoint, ...) that replace the defaults: a REST or Glue catalog.")
  Path catalogProperties;

  @Option(
      names = "--master",
      defaultValue = "${env:SHOTCHARTS_SPARK_MASTER}",
      description = "Spark master (default: the running local stack's, else " + LOCAL_MASTER + ").")
  String master;

  @Option(
      names = "--event-log-dir",
      defaultValue = "${env:SHOTCHARTS_SPARK_EVENT_LOG_DIR}",
      description = "Spark's event log directory, for the history server (default: none).")
  String eventLogDir;

  /** The stack these options fall back to: only when no endpoint or catalog was given. */
  private Optional<StackConfig> stack() {
    return s3Endpoint == null && catalogUri == null && catalogProperties == null
        ? RunningStack.find()
        : Optional.empty();
  }

  LakeSettings settings() {
    return stack()
        .map(StackConfig::lakeSettings)
        .orElseGet(
            () ->
                new LakeSettings(
                    new Lake(bucket, s3Endpoint, region, catalogUri, overrides()), null, null));
  }

  private Map<String, String> overrides() {
    Map<String, String> overrides = new TreeMap<>();
    if (catalogProperties != null) {
      Properties p = new Properties();
      try (Reader in = Files.newBufferedReader(catalogProperties)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read --catalog-properties " + catalogProperties, e);
      }
      p.stringPropertyNames().forEach(k -> overrides.put(k, p.getProperty(k)));
    }
    if (catalogUri == null && !overrides.containsKey("uri")) {
      throw new IllegalArgumentException(
          "no Iceberg catalog: give --catalog-uri (or SHOTCHARTS_CATALOG_URI) or"
              + " --catalog-properties, or start the local stack (bin/shotcharts up)");
    }
    return overrides;
  }

  String eventLogDir() {
    return eventLogDir;
  }

  String master() {
    return master != null ? master : stack().map(StackConfig::sparkMaster).orElse(LOCAL_MASTER);
  }

  SparkMergeLauncher launcher() {
    return new SparkMergeLauncher(EngineJars.fromBuild(), settings());
  }
}
