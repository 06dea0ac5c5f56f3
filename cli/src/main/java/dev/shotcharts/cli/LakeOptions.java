package dev.shotcharts.cli;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.pipeline.SparkMergeLauncher;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where the lake is, for the commands that run Spark on it: the running local stack's S3 server and
 * Spark master when there is one, else AWS S3 (keys from the AWS default chain) and Spark local;
 * flags and the environment override either.
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
      names = "--master",
      defaultValue = "${env:SHOTCHARTS_SPARK_MASTER}",
      description = "Spark master (default: the running local stack's, else " + LOCAL_MASTER + ").")
  String master;

  /** The stack these options fall back to: only when no endpoint was given. */
  private Optional<StackConfig> stack() {
    return s3Endpoint == null ? RunningStack.find() : Optional.empty();
  }

  LakeSettings settings() {
    return stack()
        .map(
            s ->
                new LakeSettings(
                    s.s3Endpoint(), bucket, StackConfig.ACCESS_KEY, StackConfig.SECRET_KEY))
        .orElse(new LakeSettings(s3Endpoint, bucket, null, null));
  }

  String master() {
    return master != null ? master : stack().map(StackConfig::sparkMaster).orElse(LOCAL_MASTER);
  }

  SparkMergeLauncher launcher() {
    return new SparkMergeLauncher(EngineJars.fromBuild(), settings());
  }
}
