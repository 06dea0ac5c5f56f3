package dev.shotcharts.bench;

import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.model.Lake;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/** What every measurement works with: the running local stack, the built jars, sizes, report. */
public record BenchContext(
    StackConfig config,
    LocalStack stack,
    EngineJars engines,
    BenchJars jars,
    BenchSizes sizes,
    Report report,
    Footprint footprint,
    Path workDir,
    S3Client s3) {

  public static BenchContext create(
      StackConfig config,
      LocalStack stack,
      BenchSizes sizes,
      Report report,
      Footprint footprint,
      Path workDir) {
    return new BenchContext(
        config,
        stack,
        EngineJars.fromBuild(),
        BenchJars.fromBuild(),
        sizes,
        report,
        footprint,
        workDir,
        S3Server.connect(config.s3Endpoint()));
  }

  public LakeReader lake() {
    return new LakeReader(s3, StackConfig.BUCKET);
  }

  /** A lake of the bench's own below {@code prefix} in the stack's bucket, with its own catalog. */
  public LakeSettings lakeAt(String prefix) {
    Lake lake =
        Lake.of(
            StackConfig.BUCKET + "/" + prefix,
            config.s3Endpoint(),
            Lake.sqliteCatalog(workDir.resolve(prefix.replace('/', '-') + ".db")));
    return new LakeSettings(lake, StackConfig.ACCESS_KEY, StackConfig.SECRET_KEY);
  }

  /** The stack's development keys as a Spark child expects them (the AWS default chain). */
  public Map<String, String> sparkEnvironment() {
    return Map.of(
        "AWS_ACCESS_KEY_ID",
        StackConfig.ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY",
        StackConfig.SECRET_KEY,
        "AWS_REGION",
        "us-east-1",
        "SPARK_LOCAL_IP",
        "127.0.0.1");
  }

  /** A fresh key prefix in the bucket for one run of one engine. */
  public static String runPrefix(String what, int run) {
    return "bench/" + what + "/run-" + run + "-" + System.currentTimeMillis();
  }
}
