package dev.shotcharts.clients;

import dev.shotcharts.model.GameDone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
  /** How long a read waits for records that must come before it gives up. */
  private static final Duration IDLE = Duration.ofSeconds(60);

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

  /**
   * Records apart by fewer offsets than this are read as one range: a seek costs a fetch round
   * trip, a few other records cost less.
   */
  static final long GAP = 10_000;

  /**
   * Hands each record within {@code ranges} to {@code reader}, in offset order per partition, and
   * some records between ranges less than {@link #GAP} apart (a reader filters by key): what one
   * season costs to read, not the whole topic.
   */
  public static void forEachIn(
      String bootstrapServers,
      String topic,
      Collection<GameDone.OffsetRange> ranges,
      Consumer<ConsumerRecord<String, byte[]>> reader) {
    try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
      for (GameDone.OffsetRange range : coalesced(ranges)) {
        TopicPartition partition = new TopicPartition(topic, range.partition());
        consumer.assign(List.of(partition));
        consumer.seek(partition, range.first());
        long deadline = System.nanoTime() + IDLE.toNanos();
        while (consumer.position(partition) <= range.last()) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException(
                "could not read "
                    + partition
                    + " up to offset "
                    + range.last()
                    + ": "
                    + IDLE.toSeconds()
                    + " s idle");
          }
          var records = consumer.poll(Duration.ofMillis(200));
          if (!records.isEmpty()) {
            deadline = System.nanoTime() + IDLE.toNanos();
          }
          for (var record : records) {
            if (record.offset() <= range.last()) {
              reader.accept(record);
            }
          }
        }
      }
    }
  }

  /** The ranges sorted by partition and offset, those less than {@link #GAP} apart joined. */
  static List<GameDone.OffsetRange> coalesced(Collection<GameDone.OffsetRange> ranges) {
    List<GameDone.OffsetRange> sorted =
        ranges.stream()
            .sorted(
                Comparator.comparingInt(GameDone.OffsetRange::partition)
                    .thenComparingLong(GameDone.OffsetRange::first))
            .toList();
    List<GameDone.OffsetRange> joined = new ArrayList<>();
    for (GameDone.OffsetRange next : sorted) {
      GameDone.OffsetRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null
          && last.partition() == next.partition()
          && next.first() <= last.last() + GAP) {
        joined.set(
            joined.size() - 1,
            new GameDone.OffsetRange(
                last.partition(), last.first(), Math.max(last.last(), next.last())));
      } else {
        joined.add(next);
      }
    }
    return joined;
  }

  /** Hands each record of the topic to {@code reader} without keeping them: for large topics. */
  public static void forEach(
      String bootstrapServers, String topic, Consumer<ConsumerRecord<String, byte[]>> reader) {
    try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      // The deadline moves on with every poll that brings records: a large topic takes long.
      long deadline = System.nanoTime() + IDLE.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "could not read " + topic + " to its end: " + IDLE.toSeconds() + " s idle");
        }
        var records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
          deadline = System.nanoTime() + IDLE.toNanos();
        }
        records.forEach(reader);
      }
    }
  }

  private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
