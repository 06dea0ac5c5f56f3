package dev.shotcharts.engines;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic as a {@code read_committed} consumer sees it (no group, no commits). */
public final class TopicReader {
  private TopicReader() {}

  public static List<ConsumerRecord<String, byte[]>> readAll(
      String bootstrapServers, String topic) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    forEach(bootstrapServers, topic, records::add);
    return records;
  }

  /**
   * A compacted topic as its readers see it: the newest value of each key, a tombstone (null value)
   * removing the key.
   */
  public static Map<String, byte[]> latestByKey(String bootstrapServers, String topic) {
    Map<String, byte[]> latest = new TreeMap<>();
    forEach(
        bootstrapServers,
        topic,
        r -> {
          if (r.value() == null) {
            latest.remove(r.key());
          } else {
            latest.put(r.key(), r.value());
          }
        });
    return latest;
  }

  /** Hands each record of the topic to {@code reader} without keeping them: for large topics. */
  public static void forEach(
      String bootstrapServers, String topic, Consumer<ConsumerRecord<String, byte[]>> reader) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      // The deadline moves on with every poll that brings records: a large topic takes long.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end: 60 s idle");
        }
        var records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
          deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        }
        records.forEach(reader);
      }
    }
  }
}
