package dev.shotcharts.cli;

import dev.shotcharts.localstack.StackConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the local stack lives and its ports (the defaults in docs/local-stack.md; each
 * overridable).
 */
public final class StackOptions {
  @Option(
      names = "--home",
      defaultValue = "${env:SHOTCHARTS_HOME:-.shotcharts}",
      description = "State directory (default: ${DEFAULT-VALUE}).")
  Path home;

  @Option(
      names = "--kafka-port",
      defaultValue = "9092",
      description = "Kafka (default: ${DEFAULT-VALUE}; the controller takes the next port).")
  int kafkaPort;

  @Option(
      names = "--s3-port",
      defaultValue = "9000",
      description = "S3 server (default: ${DEFAULT-VALUE}).")
  int s3Port;

  @Option(
      names = "--flink-port",
      defaultValue = "8081",
      description = "Flink dashboard and REST (default: ${DEFAULT-VALUE}).")
  int flinkPort;

  @Option(
      names = "--flink-rpc-port",
      defaultValue = "6123",
      description = "Flink JobManager RPC (default: ${DEFAULT-VALUE}).")
  int flinkRpcPort;

  @Option(
      names = "--spark-port",
      defaultValue = "7077",
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  int sparkPort;

  @Option(
      names = "--spark-ui-port",
      defaultValue = "8080",
      description = "Spark master UI (default: ${DEFAULT-VALUE}).")
  int sparkUiPort;

  @Option(
      names = "--spark-worker-ui-port",
      defaultValue = "8091",
      description = "Spark worker UI (default: ${DEFAULT-VALUE}).")
  int sparkWorkerUiPort;

  @Option(
      names = "--spark-history-port",
      defaultValue = "18080",
      description = "Spark history server (default: ${DEFAULT-VALUE}).")
  int sparkHistoryPort;

  public StackConfig config() {
    return new StackConfig(
        home.toAbsolutePath(),
        kafkaPort,
        kafkaPort + 1,
        s3Port,
        flinkPort,
        flinkRpcPort,
        sparkPort,
        sparkUiPort,
        sparkWorkerUiPort,
        sparkHistoryPort);
  }
}
