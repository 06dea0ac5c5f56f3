package dev.shotcharts.cli;

import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.scraper.ScrapeConfig;
import picocli.CommandLine.Option;

/** Which Kafka brokers: the flag or the environment, else the running local stack's. */
public final class KafkaOptions {
  @Option(
      names = "--bootstrap-servers",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
      description =
          "Kafka brokers (default: the running local stack's, else "
              + ScrapeConfig.DEFAULT_BOOTSTRAP_SERVERS
              + ").")
  String bootstrapServers;

  String bootstrapServers() {
    return bootstrapServers != null
        ? bootstrapServers
        : RunningStack.find()
            .map(StackConfig::bootstrapServers)
            .orElse(ScrapeConfig.DEFAULT_BOOTSTRAP_SERVERS);
  }
}
