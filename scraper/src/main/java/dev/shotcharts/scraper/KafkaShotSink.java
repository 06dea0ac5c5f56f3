package dev.shotcharts.scraper;

import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.GameDone;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.ScheduleEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
    public void createMissing() {
      PipelineTopics.createMissing(
          bootstrapServers,
          PipelineTopics.shots(shots, partitions, replication),
          PipelineTopics.deadLetters(deadLetters, replication),
          PipelineTopics.games(games, replication),
          PipelineTopics.schedule(schedule, replication));
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
    // Bounded: it fails, saying so, when the topic stops answering before its end.
    TopicReader.latestByKey(topics.bootstrapServers(), topics.games())
        .forEach(
            (game, marker) ->
                published.put(game, RecordJson.fromJson(text(marker), GameDone.class)));
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
