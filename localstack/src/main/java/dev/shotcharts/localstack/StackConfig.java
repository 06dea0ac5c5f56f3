package dev.shotcharts.localstack;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local stack: where its state lives and its ports on 127.0.0.1 (the defaults in
 * docs/local-stack.md, each overridable). The S3 keys are the local server's fixed development
 * keys, not secrets.
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

  /** What {@code up} leaves in the stack's home for the verbs (and the watcher) to find it by. */
  static final String DESCRIPTION = "stack.json";

  /** The stack {@code up} described in {@code home}, if it is readable. */
  static Optional<StackConfig> describedAt(Path home) {
    try {
      return Optional.of(
          RecordJson.fromJson(Files.readString(home.resolve(DESCRIPTION)), StackConfig.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // missing or unreadable: as if no stack were there
    }
  }

  void describe() throws IOException {
    Files.writeString(home.resolve(DESCRIPTION), RecordJson.toJson(this));
  }

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

  /** The lake of the stack: its bucket on the stack's S3 server, its JDBC catalog on SQLite. */
  public Lake lake() {
    return Lake.of(BUCKET, s3Endpoint(), Lake.sqliteCatalog(data("catalog").resolve("catalog.db")));
  }

  /** The lake as the stack's own processes reach it: with the local server's development keys. */
  public LakeSettings lakeSettings() {
    return new LakeSettings(lake(), ACCESS_KEY, SECRET_KEY);
  }

  /** Where the Flink job's savepoints go: beside its checkpoints in the lake's bucket. */
  public String savepointDir() {
    return lake().flinkUri() + "/savepoints";
  }

  /** The catalog's properties for readers outside the project, in Iceberg's own names. */
  public Path catalogProperties() {
    return home.resolve("iceberg-catalog.properties").toAbsolutePath();
  }

  public String sparkMaster() {
    return "spark://127.0.0.1:" + sparkMasterPort;
  }
}
