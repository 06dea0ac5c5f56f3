package dev.shotcharts.bench;

import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.testing.SyntheticShots;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A topic of synthetic raw shots keyed by game id, {@value #SHOTS_PER_GAME} shots a game, games in
 * date order as a backfill brings them; every record a distinct event.
 */
public final class SyntheticTopic {
  public static final int SHOTS_PER_GAME = 180;

  private final String bootstrapServers;

  public SyntheticTopic(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** A fresh empty topic (an older one of that name is deleted). */
  public void create(String topic, int partitions) throws Exception {
    try (Admin admin = admin()) {
      if (admin.listTopics().names().get().contains(topic)) {
        admin.deleteTopics(List.of(topic)).all().get();
        while (admin.listTopics().names().get().contains(topic)) {
          Thread.sleep(200);
        }
      }
      // Deletion completes in the background: retry until the name is free again.
      for (int attempt = 0; ; attempt++) {
        try {
          admin
              .createTopics(List.of(PipelineTopics.shots(topic, partitions, (short) 1)))
              .all()
              .get();
          return;
        } catch (ExecutionException e) {
          if (attempt > 50) {
            throw e;
          }
          Thread.sleep(200);
        }
      }
    }
  }

  /** Records in the topic (end offsets; the topic is written without transactions). */
  public long size(String topic) throws Exception {
    try (Admin admin = admin()) {
      if (!admin.listTopics().names().get().contains(topic)) {
        return -1;
      }
      Set<TopicPartition> partitions =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get()
              .get(topic)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .collect(Collectors.toSet());
      Map<TopicPartition, OffsetSpec> latest =
          partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
      return admin.listOffsets(latest).all().get().values().stream()
          .mapToLong(o -> o.offset())
          .sum();
    }
  }

  /** Produces {@code records} shots as fast as the broker takes them; returns records/s. */
  public double fill(String topic, int records, long seed) {
    SyntheticShots shots = SyntheticShots.seasons(seed, 2025);
    Instant scrapedAt = Instant.parse("2026-11-23T04:05:00Z");
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      int step = Math.max(1, records / 10);
      for (int i = 0; i < records; i++) {
        send(producer, topic, shots.shot(i / SHOTS_PER_GAME, i % SHOTS_PER_GAME, scrapedAt));
        if ((i + 1) % step == 0) {
          System.out.printf("bench: produced %,d of %,d records%n", i + 1, records);
        }
      }
      producer.flush();
    }
    return records / ((System.nanoTime() - start) / 1e9);
  }

  public KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  public static void send(KafkaProducer<byte[], byte[]> producer, String topic, RawShot shot) {
    producer.send(new ProducerRecord<>(topic, shot.gameId().getBytes(), RecordJson.toBytes(shot)));
  }

  private Admin admin() {
    return Admin.create(Map.of("bootstrap.servers", bootstrapServers));
  }
}
