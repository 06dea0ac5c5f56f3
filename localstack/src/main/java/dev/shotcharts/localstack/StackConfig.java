package dev.shotcharts.localstack;

import dev.shotcharts.model.LakeLayout;
import java.nio.file.Path;

/**
 * The local stack: where its state lives and its ports on 127.0.0.1 (design.md's defaults, each
 * overridable). The S3 keys are the local server's fixed development keys, not secrets.
 */
public record StackConfig(
    Path home,
    int kafkaPort,
    int kafkaControllerPort,
    int s3Port,
    int flinkUiPort,
    int flinkRpcPort,
    int sparkMasterPort,
    int sparkUiPort,
    int sparkWorkerUiPort,
    int sparkHistoryPort) {

  public static final String BUCKET = LakeLayout.DEFAULT_BUCKET;
  public static final String ACCESS_KEY = "shotcharts";
  public static final String SECRET_KEY = "shotcharts";

  public Path logs() {
    return home.resolve("logs");
  }

  public Path pids() {
    return home.resolve("pids");
  }

  public Path data(String service) {
    return home.resolve("data").resolve(service);
  }

  public Path conf(String service) {
    return home.resolve("conf").resolve(service);
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + kafkaPort;
  }

  public String s3Endpoint() {
    return "http://127.0.0.1:" + s3Port;
  }

  public String flinkUrl() {
    return "http://127.0.0.1:" + flinkUiPort;
  }

  public String sparkMaster() {
    return "spark://127.0.0.1:" + sparkMasterPort;
  }
}
