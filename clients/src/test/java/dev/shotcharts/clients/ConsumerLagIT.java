package dev.shotcharts.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.testing.KafkaBrokerExtension;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What `weekly` waits on: the Flink group's committed offsets against the topic's end. */
class ConsumerLagIT {
  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

  @Test
  void lagIsWhatTheGroupHasNotCommittedYet() throws Exception {
    PipelineTopics.createMissing(
        KAFKA.bootstrapServers(), PipelineTopics.shots("lag", 2, (short) 1));
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    try (var producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < 6; i++) {
        producer.send(new ProducerRecord<>("lag", i % 2, "k", "v" + i));
      }
    }
    assertThat(ConsumerLag.of(KAFKA.bootstrapServers(), "flink", "lag")).isEqualTo(6);

    try (Admin admin = KAFKA.admin()) {
      admin
          .alterConsumerGroupOffsets(
              "flink",
              Map.of(
                  new TopicPartition("lag", 0), new OffsetAndMetadata(3),
                  new TopicPartition("lag", 1), new OffsetAndMetadata(1)))
          .all()
          .get();
      assertThat(ConsumerLag.of(KAFKA.bootstrapServers(), "flink", "lag")).isEqualTo(2);
      assertThat(ConsumerLag.awaitZero(KAFKA.bootstrapServers(), "flink", "lag", Duration.ZERO))
          .isFalse();

      admin
          .alterConsumerGroupOffsets(
              "flink", Map.of(new TopicPartition("lag", 1), new OffsetAndMetadata(3)))
          .all()
          .get();
    }
    assertThat(ConsumerLag.awaitZero(KAFKA.bootstrapServers(), "flink", "lag", Duration.ZERO))
        .isTrue();
  }
}
