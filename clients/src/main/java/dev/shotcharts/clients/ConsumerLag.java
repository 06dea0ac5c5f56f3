package dev.shotcharts.clients;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a consumer group is behind a topic. The Flink job commits its group offsets when a
 * checkpoint completes, the same moment its Parquet files are committed: a lag of zero means
 * everything published so far is in the lake.
 */
public final class ConsumerLag {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);

  private ConsumerLag() {}

  public static long of(String bootstrapServers, String group, String topic) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      long lag = 0;
      for (var end : dataEnds(bootstrapServers, topic).entrySet()) {
        OffsetAndMetadata done = committed.get(end.getKey());
        lag += Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
      }
      return lag;
    }
  }

  /**
   * Per partition, the offset after its last committed record. Not the end offset: with
   * transactions the last offsets are commit markers, which a consumer never commits past.
   */
  static Map<TopicPartition, Long> dataEnds(String bootstrapServers, String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<TopicPartition, Long> ends = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      for (var info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        TopicPartition partition = new TopicPartition(topic, info.partition());
        consumer.assign(List.of(partition));
        long begin = consumer.beginningOffsets(List.of(partition)).get(partition);
        long end = consumer.endOffsets(List.of(partition)).get(partition);
        long last = -1;
        for (long window = 64; last < 0 && end > begin; window *= 4) {
          long from = Math.max(begin, end - window);
          consumer.seek(partition, from);
          while (consumer.position(partition) < end) {
            for (var record : consumer.poll(Duration.ofMillis(200))) {
              last = Math.max(last, record.offset());
            }
          }
          if (from == begin) {
            break;
          }
        }
        ends.put(partition, last + 1);
      }
    }
    return ends;
  }

  /** How a wait for the group ended. */
  public enum Wait {
    CAUGHT_UP,
    /** The lag did not shrink for the whole stall period: nothing is consuming. */
    STALLED,
    TIMED_OUT
  }

  /** Waits until the group has caught up; false when it has not within the timeout. */
  public static boolean awaitZero(
      String bootstrapServers, String group, String topic, Duration timeout) throws Exception {
    return await(bootstrapServers, group, topic, timeout, timeout) == Wait.CAUGHT_UP;
  }

  /**
   * Waits until the group has caught up, at most {@code timeout}; gives up early when the lag has
   * not shrunk for {@code stall} (the job is not running, or not committing), so a caller can say
   * so at once instead of waiting out the timeout.
   */
  public static Wait await(
      String bootstrapServers, String group, String topic, Duration timeout, Duration stall)
      throws Exception {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long best = Long.MAX_VALUE;
    long lastProgress = start;
    while (true) {
      long lag = of(bootstrapServers, group, topic);
      long now = System.nanoTime();
      if (lag <= 0) {
        return Wait.CAUGHT_UP;
      }
      if (lag < best) {
        best = lag;
        lastProgress = now;
      }
      if (now - lastProgress > stall.toNanos()) {
        return Wait.STALLED;
      }
      if (now > deadline) {
        return Wait.TIMED_OUT;
      }
      LOG.info("waiting for the Flink job: {} records of {} not yet in the lake", lag, topic);
      Thread.sleep(Math.min(5_000, Math.max(200, stall.toMillis() / 4)));
    }
  }
}
