package dev.shotcharts.clients;

import dev.shotcharts.model.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The pipeline's topics as their contracts make them ({@link Topics}' settings), created unless
 * they exist: the one place for the scraper, the {@code topics} verb, the stack's job, the demos
 * and the benchmarks. One partition rule: the raw shots spread over {@code partitions} (the job
 * reads them in parallel, ordered per game by key); the dead letters, the games and the schedule
 * keep one (small; the compacted two are read whole by key).
 */
public final class PipelineTopics {
  /** Partitions of the raw shots topic unless asked otherwise. */
  public static final int DEFAULT_PARTITIONS = 3;

  private PipelineTopics() {}

  public static NewTopic shots(String name, int partitions, short replication) {
    return new NewTopic(name, partitions, replication).configs(Topics.SHOT_CHARTS_CONFIG);
  }

  public static NewTopic deadLetters(String name, short replication) {
    return new NewTopic(name, 1, replication).configs(Topics.DEAD_LETTERS_CONFIG);
  }

  public static NewTopic games(String name, short replication) {
    return new NewTopic(name, 1, replication).configs(Topics.GAMES_CONFIG);
  }

  public static NewTopic schedule(String name, short replication) {
    return new NewTopic(name, 1, replication).configs(Topics.SCHEDULE_CONFIG);
  }

  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  public static void createMissing(String bootstrapServers, NewTopic... topics) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      for (NewTopic topic : topics) {
        try {
          admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(
                "cannot create topic " + topic.name() + " on " + bootstrapServers, e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted creating topics on " + bootstrapServers, e);
    }
  }
}
