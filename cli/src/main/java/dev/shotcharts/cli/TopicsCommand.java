package dev.shotcharts.cli;

import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.KafkaShotSink;
import dev.shotcharts.scraper.ScrapeConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shotcharts topics}: the pipeline's topics, created as the scraper creates them, before a
 * Flink job that reads them is submitted (its Kafka source fails on a topic that does not exist).
 */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Create the pipeline's Kafka topics unless they exist.")
public final class TopicsCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Option(
      names = "--partitions",
      defaultValue = "" + ScrapeConfig.DEFAULT_PARTITIONS,
      description = "Partitions of the shots topic (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--replication-factor",
      defaultValue = "1",
      description = "Replication of the topics (default: ${DEFAULT-VALUE}).")
  short replicationFactor;

  @Override
  public Integer call() throws Exception {
    new KafkaShotSink.KafkaTopics(
            kafka.bootstrapServers(),
            Topics.SHOT_CHARTS,
            Topics.DEAD_LETTERS,
            Topics.GAMES,
            Topics.SCHEDULE,
            partitions,
            replicationFactor)
        .createMissing();
    System.out.println("topics ready on " + kafka.bootstrapServers());
    return 0;
  }
}
