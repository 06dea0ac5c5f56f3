package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.Topics;
import java.time.Duration;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;

/**
 * The job graph: Kafka source, curate (dead letters to the side), de-duplicate by event id, Parquet
 * on the lake; dead letters to their topic. The uids are the savepoint contract: never change one,
 * or the state behind it is lost on upgrade.
 */
public final class ShotChartsPipeline {
  public static final String SOURCE_UID = "shot-charts-source";
  public static final String CURATE_UID = "curate";
  public static final String DEDUPE_UID = "dedupe-by-event-id";
  public static final String PARQUET_SINK_UID = "parquet-sink";
  public static final String DEAD_LETTER_SINK_UID = "dead-letter-sink";

  /** A bucket (season) idle this long has its part file closed, freeing its writer. */
  static final Duration ROLL_INACTIVE_BUCKETS_AFTER = Duration.ofSeconds(2);

  /** A part file is also rolled at this size: large for Parquet readers, small for a retry. */
  static final long ROLL_PARTS_AT_BYTES = 128L << 20;

  /** Brokers refuse transactions longer than transaction.max.timeout.ms (15 min by default). */
  private static final String TRANSACTION_TIMEOUT_MS = "900000";

  private ShotChartsPipeline() {}

  public static void build(StreamExecutionEnvironment env, JobConfig config) {
    curateAndStore(readRaw(env, config), config);
  }

  /** The raw records of {@code shot_charts}, with their Kafka coordinates. */
  public static DataStream<KafkaRawRecord> readRaw(
      StreamExecutionEnvironment env, JobConfig config) {
    return env.fromSource(source(config), WatermarkStrategy.noWatermarks(), "Kafka shot_charts")
        .uid(SOURCE_UID);
  }

  /** Everything after the source; separate so a test can put a failure in between. */
  public static void curateAndStore(DataStream<KafkaRawRecord> raw, JobConfig config) {
    curateAndStore(raw, config, parquetSink(config, new SeasonBucketAssigner()));
  }

  /** The same with another Parquet sink: an upgrade test runs the layout of an earlier version. */
  static void curateAndStore(
      DataStream<KafkaRawRecord> raw, JobConfig config, FileSink<CuratedShot> parquetSink) {
    SingleOutputStreamOperator<CuratedShot> curated =
        raw.process(new CurateFunction(), CuratedShotType.INFO)
            .name("Parse, validate, enrich")
            .uid(CURATE_UID);

    curated
        .keyBy(CuratedShot::eventId)
        .process(new DeduplicateFunction(config.dedupeTtl()), CuratedShotType.INFO)
        .name("De-duplicate by event_id")
        .uid(DEDUPE_UID)
        .sinkTo(parquetSink)
        .name("Parquet on the lake")
        .uid(PARQUET_SINK_UID);

    curated
        .getSideOutput(CurateFunction.DEAD_LETTERS)
        .sinkTo(deadLetterSink(config))
        .name("Dead letters to Kafka")
        .uid(DEAD_LETTER_SINK_UID);
  }

  static KafkaSource<KafkaRawRecord> source(JobConfig config) {
    var builder =
        KafkaSource.<KafkaRawRecord>builder()
            .setBootstrapServers(config.bootstrapServers())
            .setTopics(config.topic())
            .setGroupId(config.groupId())
            .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(new RawRecordDeserializer())
            // Only whole games: the scraper commits each game in one transaction.
            .setProperty(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                IsolationLevel.READ_COMMITTED.toString().toLowerCase(java.util.Locale.ROOT));
    if (config.stopAtLatestOffsets()) {
      builder.setBounded(OffsetsInitializer.latest());
    }
    return builder.build();
  }

  static FileSink<CuratedShot> parquetSink(
      JobConfig config, BucketAssigner<CuratedShot, String> buckets) {
    return FileSink.forBulkFormat(
            new Path(config.ongoingUri()), new CuratedParquetWriterFactory(config.parquet()))
        .withBucketAssigner(buckets)
        .withRollingPolicy(new PartRollingPolicy(ROLL_PARTS_AT_BYTES, ROLL_INACTIVE_BUCKETS_AFTER))
        .withBucketCheckInterval(ROLL_INACTIVE_BUCKETS_AFTER.toMillis() / 2)
        .withOutputFileConfig(
            OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".parquet").build())
        .build();
  }

  static KafkaSink<DeadLetter> deadLetterSink(JobConfig config) {
    Properties producer = new Properties();
    producer.setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, TRANSACTION_TIMEOUT_MS);
    // A dead letter can be twice the size of the record it keeps (see DeadLetters).
    producer.setProperty(
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topics.DEAD_LETTERS_MAX_BYTES));
    return KafkaSink.<DeadLetter>builder()
        .setBootstrapServers(config.bootstrapServers())
        .setKafkaProducerConfig(producer)
        .setRecordSerializer(
            KafkaRecordSerializationSchema.<DeadLetter>builder()
                .setTopic(config.deadLetterTopic())
                .setValueSerializationSchema(new DeadLetterSerializer())
                .build())
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(config.groupId() + "-dlq")
        .build();
  }
}
