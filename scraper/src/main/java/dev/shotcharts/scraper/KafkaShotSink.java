package dev.shotcharts.scraper;

import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes each game's shots in one Kafka transaction, keyed by game id: a {@code read_committed}
 * consumer sees all shots of a game or none, and a crash mid-game leaves nothing visible.
 */
public final class KafkaShotSink implements ShotSink {
  private final KafkaProducer<String, byte[]> producer;
  private final String topic;

  public KafkaShotSink(String bootstrapServers, String topic, String transactionalId) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.topic = topic;
    // Fences any earlier producer with the same id and aborts what it left open.
    producer.initTransactions();
  }

  @Override
  public void publishGame(ScheduledGame game, List<RawShot> shots) {
    producer.beginTransaction();
    try {
      for (RawShot shot : shots) {
        producer.send(new ProducerRecord<>(topic, game.gameId(), RecordJson.toBytes(shot)));
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
