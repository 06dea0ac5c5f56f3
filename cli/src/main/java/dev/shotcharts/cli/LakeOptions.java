package dev.shotcharts.cli;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.pipeline.SparkMergeLauncher;
import picocli.CommandLine.Option;

/** Where the lake is, for the commands that run Spark on it. Keys come from the environment. */
public final class LakeOptions {
  @Option(
      names = "--bucket",
      defaultValue = "${env:SHOTCHARTS_BUCKET:-" + LakeLayout.DEFAULT_BUCKET + "}",
      description = "Bucket of the lake (default: ${DEFAULT-VALUE}).")
  String bucket;

  @Option(
      names = "--s3-endpoint",
      defaultValue = "${env:SHOTCHARTS_S3_ENDPOINT}",
      description =
          "An S3-compatible server, e.g. http://127.0.0.1:9000 (default: AWS S3). Credentials come"
              + " from the AWS default chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, profile, role).")
  String s3Endpoint;

  @Option(
      names = "--master",
      defaultValue = "${env:SHOTCHARTS_SPARK_MASTER:-local[*]}",
      description =
          "Spark master (default: ${DEFAULT-VALUE}; the local stack's is spark://127.0.0.1:7077).")
  String master;

  LakeSettings settings() {
    return new LakeSettings(s3Endpoint, bucket, null, null);
  }

  SparkMergeLauncher launcher() {
    return new SparkMergeLauncher(EngineJars.fromBuild(), settings());
  }
}
