package dev.shotcharts.scraper;

import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.GameDone;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes each game in one Kafka transaction: its shots (keyed by game id), the dead letters of
 * its markers that could not be read, and its {@link GameDone} marker. A {@code read_committed}
 * consumer sees all shots of a game or none, and a crash mid-game leaves nothing visible; the next
 * run redoes that game.
 */
public final class KafkaShotSink implements ShotSink {
  private final KafkaTopics topics;
  private final KafkaProducer<String, byte[]> producer;
  private Map<String, GameDone> published;

  /** Topic names and how to create them when they are missing. */
  public record KafkaTopics(
      String bootstrapServers,
      String shots,
      String deadLetters,
      String games,
      String schedule,
      int partitions,
      short replication) {

    /** The pipeline's topics, with their contracts' settings, unless they exist. */
    public void createMissing() throws Exception {
      TopicSetup.ensure(
          bootstrapServers,
          new NewTopic(shots, partitions, replication).configs(Topics.SHOT_CHARTS_CONFIG),
          new NewTopic(deadLetters, 1, replication).configs(Topics.DEAD_LETTERS_CONFIG),
          new NewTopic(games, 1, replication).configs(Topics.GAMES_CONFIG),
          new NewTopic(schedule, 1, replication).configs(Topics.SCHEDULE_CONFIG));
    }
  }

  public KafkaShotSink(KafkaTopics topics, String transactionalId) throws Exception {
    this.topics = topics;
    topics.createMissing();
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, topics.bootstrapServers());
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    // Fences any earlier producer with the same id and aborts what it left open.
    producer.initTransactions();
  }

  @Override
  public Set<String> finishedGames() {
    return Set.copyOf(published().keySet());
  }

  /** The newest marker of every published game (read once, then kept as this sink publishes). */
  private Map<String, GameDone> published() {
    if (published != null) {
      return published;
    }
    published = new HashMap<>();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, topics.bootstrapServers());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topics.games(), Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topics.games(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          if (record.value() == null) {
            published.remove(record.key()); // a tombstone: scrape that game again
          } else {
            published.put(record.key(), RecordJson.fromJson(text(record.value()), GameDone.class));
          }
        }
      }
    }
    return published;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void publishGame(
      ScheduledGame game, List<RawShot> shots, List<DeadLetter> rejected, String pageSha256) {
    GameDone previous = published().get(game.gameId());
    producer.beginTransaction();
    try {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (RawShot shot : shots) {
        sent.add(
            producer.send(
                new ProducerRecord<>(topics.shots(), game.gameId(), RecordJson.toBytes(shot))));
      }
      // A marker that could not be read is kept beside the game's shots, in the same transaction.
      for (DeadLetter letter : rejected) {
        producer.send(
            new ProducerRecord<>(topics.deadLetters(), game.gameId(), RecordJson.toBytes(letter)));
      }
      GameDone done =
          new GameDone(
              game.gameId(),
              game.season(),
              shots.size(),
              pageSha256,
              shots.isEmpty() ? null : shots.get(0).scrapedAt(),
              GameDone.after(previous, placeOf(sent)));
      producer.send(new ProducerRecord<>(topics.games(), game.gameId(), RecordJson.toBytes(done)));
      producer.commitTransaction();
      published.put(game.gameId(), done);
    } catch (RuntimeException e) {
      producer.abortTransaction();
      throw e;
    }
  }

  /**
   * Where the game's records went: one key, so one partition, first to last offset (the broker
   * assigns offsets on append, so the batch is flushed first; the transaction stays open).
   */
  private List<GameDone.OffsetRange> placeOf(List<Future<RecordMetadata>> sent) {
    if (sent.isEmpty()) {
      return List.of();
    }
    producer.flush();
    try {
      RecordMetadata first = sent.get(0).get();
      RecordMetadata last = sent.get(sent.size() - 1).get();
      return List.of(new GameDone.OffsetRange(first.partition(), first.offset(), last.offset()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing a game", e);
    } catch (ExecutionException e) {
      throw new KafkaException("a shot of the game was not written", e.getCause());
    }
  }

  @Override
  public void recordSchedule(List<ScheduleEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    producer.beginTransaction();
    try {
      for (ScheduleEntry entry : entries) {
        producer.send(
            new ProducerRecord<>(topics.schedule(), entry.gameId(), RecordJson.toBytes(entry)));
      }
      producer.commitTransaction();
    } catch (RuntimeException e) {
      producer.abortTransaction();
      throw e;
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
