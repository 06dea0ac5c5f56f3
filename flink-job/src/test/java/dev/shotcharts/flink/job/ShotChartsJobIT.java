package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.scraper.KafkaShotSink;
import dev.shotcharts.scraper.ScheduledGame;
import dev.shotcharts.testing.KafkaBrokerExtension;
import dev.shotcharts.testing.S3ServerExtension;
import dev.shotcharts.testing.SyntheticShots;
import dev.shotcharts.transform.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a Flink MiniCluster, reading a real Kafka broker and writing Parquet to a real S3
 * server over HTTP.
 */
class ShotChartsJobIT {
  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
  @RegisterExtension static final S3ServerExtension S3 = new S3ServerExtension("lake");

  @RegisterExtension static final MiniClusterExtension FLINK = FlinkTestSupport.miniCluster();

  @TempDir static Path checkpoints;

  @BeforeAll
  static void s3Plugin() throws Exception {
    FlinkTestSupport.useS3Server(S3);
  }

  /** Runs the job until it has read everything produced so far, like a backfill. */
  private static void runToEnd(
      JobConfig config, MapFunction<KafkaRawRecord, KafkaRawRecord> between) throws Exception {
    Configuration conf = FlinkTestSupport.jobConfiguration(config);
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    var raw = ShotChartsPipeline.readRaw(env, config);
    ShotChartsPipeline.curateAndStore(
        between == null ? raw : raw.map(between).uid("test-failure-injector"), config);
    env.execute("shotcharts test");
  }

  private static JobConfig config(String name) {
    PipelineTopics.createMissing(
        KAFKA.bootstrapServers(),
        PipelineTopics.shots(name + "-raw", 2, (short) 1),
        PipelineTopics.deadLetters(name + "-dlq", (short) 1));
    return JobConfig.defaults(KAFKA.bootstrapServers(), "s3://lake/" + name)
        .withTopics(name + "-raw", name + "-dlq")
        .withGroupId(name)
        .withCheckpointInterval(Duration.ofMillis(500))
        .stoppingAtLatestOffsets();
  }

  private static ProducerRecord<String, byte[]> record(String key, byte[] value) {
    return new ProducerRecord<>("unused", key, value);
  }

  /** Throws when the records seen (across restarts) reach each threshold, once per threshold. */
  static final class FailAt implements MapFunction<KafkaRawRecord, KafkaRawRecord> {
    static final AtomicLong SEEN = new AtomicLong();
    static final AtomicInteger FAILURES = new AtomicInteger();
    static volatile long[] thresholds = {};

    @Override
    public KafkaRawRecord map(KafkaRawRecord record) {
      long seen = SEEN.incrementAndGet();
      for (long threshold : thresholds) {
        if (seen == threshold) {
          FAILURES.incrementAndGet();
          throw new IllegalStateException("injected failure at record " + seen);
        }
      }
      return record;
    }
  }

  @Test
  void exactlyOnceUnderRepeatedFailures() throws Exception {
    JobConfig config = config("eo");
    SyntheticShots shots = new SyntheticShots(42);
    Random random = new Random(7);
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    List<RawShot> good = new ArrayList<>();
    for (int game = 0; game < 200; game++) {
      for (int seq = 0; seq < 485; seq++) {
        good.add(shots.shot(game, seq));
      }
    }
    good.forEach(s -> records.add(record(s.gameId(), RecordJson.toBytes(s))));
    for (int i = 0; i < 2_500; i++) { // a re-scraped game repeats its events
      RawShot again = good.get(random.nextInt(good.size()));
      records.add(record(again.gameId(), RecordJson.toBytes(again)));
    }
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      RawShot base = good.get(random.nextInt(good.size()));
      String json = RecordJson.toJson(base);
      String broken =
          switch (i % 3) {
            case 0 -> json.substring(0, json.length() / 2) + "#" + i;
            case 1 -> json.replace("\"schema_version\":1", "\"schema_version\":" + (2 + i));
            default -> json.replace("-pointer from", "-pointer (" + i + ") from");
          };
      bad.add(broken);
      records.add(record(base.gameId(), broken.getBytes(StandardCharsets.UTF_8)));
    }
    Collections.shuffle(records, random);
    assertThat(records).hasSize(100_000);
    FlinkTestSupport.produce(KAFKA.bootstrapServers(), config.topic(), records);

    FailAt.SEEN.set(0);
    FailAt.FAILURES.set(0);
    // Three failures at random points of the stream (seeded, so a failing run can be replayed).
    FailAt.thresholds = random.longs(3, 1_000, 95_000).sorted().distinct().toArray();
    runToEnd(config, new FailAt());
    assertThat(FailAt.FAILURES.get()).as("injected failures").isEqualTo(FailAt.thresholds.length);
    assertThat(FailAt.thresholds).hasSize(3);

    List<String> eventIds =
        new LakeReader(S3.client(), S3.bucket())
            .rows("eo/shots/ongoing/").stream().map(r -> r.get("event_id").toString()).toList();
    Set<String> expected = new HashSet<>();
    good.forEach(s -> expected.add(s.eventId()));
    assertThat(eventIds).as("no duplicates").doesNotHaveDuplicates();
    assertThat(new HashSet<>(eventIds)).as("none lost, none extra").isEqualTo(expected);

    List<String> deadValues =
        TopicReader.readAll(KAFKA.bootstrapServers(), config.deadLetterTopic()).stream()
            .map(
                r ->
                    RecordJson.fromJson(
                            new String(r.value(), StandardCharsets.UTF_8), DeadLetter.class)
                        .value())
            .toList();
    assertThat(deadValues).as("every bad record once").containsExactlyInAnyOrderElementsOf(bad);
  }

  @Test
  void poisonPillsGoToTheDeadLetterTopicWithReasonAndOriginAndTheJobGoesOn() throws Exception {
    JobConfig config = config("pills");
    SyntheticShots shots = new SyntheticShots(1);
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    Map<String, String> reasonByValue = new HashMap<>();
    for (int seq = 0; seq < 10; seq++) {
      RawShot shot = shots.shot(3, seq);
      records.add(record(shot.gameId(), RecordJson.toBytes(shot)));
      String json = RecordJson.toJson(shot);
      String pill =
          switch (seq) {
            case 2 -> "{\"schema_version\":1, not json";
            case 5 -> json.replace("\"schema_version\":1", "\"schema_version\":9");
            case 8 -> json.replace(" remaining<br>", " to go<br>");
            default -> null;
          };
      if (pill != null) {
        records.add(record(shot.gameId(), pill.getBytes(StandardCharsets.UTF_8)));
        reasonByValue.put(
            pill,
            switch (seq) {
              case 2 -> "not valid JSON";
              case 5 -> "unknown schema_version 9 (this build reads 1)";
              default -> "tooltip period and clock not understood";
            });
      }
    }
    FlinkTestSupport.produce(KAFKA.bootstrapServers(), config.topic(), records);
    runToEnd(config, null);

    assertThat(new LakeReader(S3.client(), S3.bucket()).rows("pills/shots/ongoing/")).hasSize(10);
    var letters = TopicReader.readAll(KAFKA.bootstrapServers(), config.deadLetterTopic());
    assertThat(letters).hasSize(3);
    for (var letter : letters) {
      DeadLetter dead =
          RecordJson.fromJson(new String(letter.value(), StandardCharsets.UTF_8), DeadLetter.class);
      assertThat(dead.error()).startsWith(reasonByValue.get(dead.value()));
      assertThat(dead.topic()).isEqualTo("pills-raw");
      assertThat(dead.key()).isEqualTo(shots.shot(3, 0).gameId());
      assertThat(dead.offset()).isGreaterThanOrEqualTo(0);
      assertThat(dead.valueEncoding()).isEqualTo("utf-8");
      assertThat(dead.failedAt()).isNotBlank();
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void contractBreaksAndARecordNearTheSizeLimitAreDeadLettersAndTheJobGoesOn() throws Exception {
    JobConfig config = config("contract");
    SyntheticShots shots = new SyntheticShots(3);
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    for (int seq = 0; seq < 20; seq++) {
      RawShot shot = shots.shot(4, seq);
      records.add(record(shot.gameId(), RecordJson.toBytes(shot)));
    }
    RawShot base = shots.shot(4, 0);
    String json = RecordJson.toJson(base);
    Map<String, String> reasonByValue = new LinkedHashMap<>();
    reasonByValue.put(json.replace("\"seq\":0", "\"seq\":\"907\""), "field seq");
    reasonByValue.put(json.replace("\"seq\":0", "\"seq\":-917"), "seq is negative");
    reasonByValue.put(
        json.replace("\"season\":" + base.season(), "\"season\":2019"),
        "season 2019 does not include game_date");
    // Close to shot_charts' 1 MiB: its dead letter is about twice that (every quote escaped).
    String huge = "\"".repeat(1_000_000);
    reasonByValue.put(huge, "not a JSON object");
    reasonByValue.forEach(
        (value, reason) ->
            records.add(record(base.gameId(), value.getBytes(StandardCharsets.UTF_8))));
    String unkeyed = RecordJson.toJson(shots.shot(4, 1));
    records.add(record(null, unkeyed.getBytes(StandardCharsets.UTF_8)));
    reasonByValue.put(unkeyed, "the Kafka key is null");
    // The marker says make, the tooltip says missed: the curator's consistency check.
    String contradiction = json.replace("\"result\":\"make\"", "\"result\":\"miss\"");
    if (contradiction.equals(json)) {
      contradiction = json.replace("\"result\":\"miss\"", "\"result\":\"make\"");
    }
    records.add(record(base.gameId(), contradiction.getBytes(StandardCharsets.UTF_8)));
    reasonByValue.put(contradiction, "marker says");
    // Bytes that are not UTF-8 come back as base64; a null value (a tombstone) is kept as null.
    byte[] binary = {(byte) 0xC3, (byte) 0x28, 0, 1, 2};
    records.add(record(base.gameId(), binary));
    String binaryBase64 = java.util.Base64.getEncoder().encodeToString(binary);
    reasonByValue.put(binaryBase64, "not valid JSON");
    records.add(record(base.gameId(), null));
    FlinkTestSupport.produce(KAFKA.bootstrapServers(), config.topic(), records);
    runToEnd(config, null);

    assertThat(new LakeReader(S3.client(), S3.bucket()).rows("contract/shots/ongoing/"))
        .as("the valid shots only")
        .hasSize(20);
    var letters = TopicReader.readAll(KAFKA.bootstrapServers(), config.deadLetterTopic());
    Map<String, String> errorByValue = new HashMap<>();
    int nullValues = 0;
    for (var letter : letters) {
      DeadLetter dead =
          RecordJson.fromJson(new String(letter.value(), StandardCharsets.UTF_8), DeadLetter.class);
      if (dead.value() == null) {
        nullValues++;
        continue;
      }
      assertThat(dead.valueEncoding())
          .isEqualTo(dead.value().equals(binaryBase64) ? "base64" : "utf-8");
      errorByValue.put(dead.value(), dead.error());
      assertThat(dead.error().length()).isLessThanOrEqualTo(DeadLetters.MAX_ERROR_LENGTH + 40);
    }
    assertThat(nullValues).as("the tombstone").isEqualTo(1);
    assertThat(errorByValue.keySet()).containsExactlyInAnyOrderElementsOf(reasonByValue.keySet());
    reasonByValue.forEach(
        (value, reason) -> assertThat(errorByValue.get(value)).as(reason).contains(reason));
    assertThat(letters.stream().mapToInt(l -> l.value().length).max().orElse(0))
        .as("the huge record's dead letter is over the default 1 MiB and was still written")
        .isGreaterThan(2_000_000);
  }

  /** A game's shots whose iteration fails after {@code failAfter}: the sink aborts mid-game. */
  static List<RawShot> failingAfter(List<RawShot> shots, int failAfter) {
    return new java.util.AbstractList<>() {
      @Override
      public RawShot get(int index) {
        if (index >= failAfter) {
          throw new IllegalStateException("scraper failed mid-game");
        }
        return shots.get(index);
      }

      @Override
      public int size() {
        return shots.size();
      }
    };
  }

  static ScheduledGame scheduled(RawShot shot) {
    return new ScheduledGame(
        shot.gameId(),
        shot.season(),
        java.time.LocalDate.parse(shot.gameDate()),
        shot.homeTeam(),
        shot.awayTeam(),
        shot.homePts(),
        shot.awayPts());
  }

  @Test
  void theJobReadsOnlyCommittedGamesOfTheScrapersTransactions() throws Exception {
    JobConfig config = config("txn");
    PipelineTopics.createMissing(
        KAFKA.bootstrapServers(), PipelineTopics.games("txn-games", (short) 1));
    SyntheticShots shots = new SyntheticShots(21);
    List<List<RawShot>> games = new ArrayList<>();
    for (int game = 0; game < 4; game++) {
      List<RawShot> list = new ArrayList<>();
      for (int seq = 0; seq < 30; seq++) {
        list.add(shots.shot(game, seq));
      }
      games.add(list);
    }
    var topics =
        new KafkaShotSink.KafkaTopics(
            KAFKA.bootstrapServers(),
            config.topic(),
            "txn-dlq",
            "txn-games",
            "txn-schedule",
            2,
            (short) 1);
    try (KafkaShotSink sink = new KafkaShotSink(topics, "txn-scraper")) {
      sink.publishGame(scheduled(games.get(0).get(0)), games.get(0), "sha-0");
      // Game 1: 12 shots sent, then the scrape fails and the sink aborts its transaction.
      List<RawShot> aborted = failingAfter(games.get(1), 12);
      assertThatThrownBy(() -> sink.publishGame(scheduled(aborted.get(0)), aborted, "sha-1"))
          .hasMessageContaining("mid-game");
      sink.publishGame(scheduled(games.get(2).get(0)), games.get(2), "sha-2");
    }
    // Game 3: a scraper that dies mid-game leaves its transaction open on the broker.
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "txn-dying-scraper");
    KafkaProducer<String, byte[]> dying =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    dying.initTransactions();
    dying.beginTransaction();
    for (RawShot shot : games.get(3).subList(0, 10)) {
      dying.send(new ProducerRecord<>(config.topic(), shot.gameId(), RecordJson.toBytes(shot)));
    }
    dying.flush();
    try {
      runToEnd(config, null);
    } finally {
      dying.close(Duration.ZERO);
    }

    Set<String> expected = new HashSet<>();
    for (int game : new int[] {0, 2}) {
      games.get(game).forEach(s -> expected.add(s.eventId()));
    }
    List<String> lake =
        new LakeReader(S3.client(), S3.bucket())
            .rows("txn/shots/ongoing/").stream().map(r -> r.get("event_id").toString()).toList();
    assertThat(lake).as("no duplicates").doesNotHaveDuplicates();
    assertThat(new HashSet<>(lake))
        .as("the committed games only: nothing of the aborted or the open transaction")
        .isEqualTo(expected);
    assertThat(TopicReader.readAll(KAFKA.bootstrapServers(), config.deadLetterTopic())).isEmpty();
    assertThat(TopicReader.readAll(KAFKA.bootstrapServers(), "txn-games"))
        .extracting(r -> r.key())
        .containsExactlyInAnyOrder(games.get(0).get(0).gameId(), games.get(2).get(0).gameId());
  }

  @Test
  void parquetColumnsHaveTheContractTypes(@TempDir Path tmp) throws Exception {
    JobConfig config = config("types");
    RawShot shot = new SyntheticShots(5).shot(9, 0);
    FlinkTestSupport.produce(
        KAFKA.bootstrapServers(),
        config.topic(),
        List.of(record(shot.gameId(), RecordJson.toBytes(shot))));
    runToEnd(config, null);

    LakeReader lake = new LakeReader(S3.client(), S3.bucket());
    List<String> files = lake.parquetKeys("types/shots/ongoing/");
    assertThat(files).hasSize(1);
    assertThat(files.get(0))
        .as("one bucket per season; the game date is a column in the file")
        .startsWith("types/shots/ongoing/season=2025/part-");
    Path local = tmp.resolve("part.parquet");
    Files.write(local, S3.get(files.get(0)));
    MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(local))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
      assertThat(reader.getRowGroups().get(0).getColumns().get(0).getCodec().name())
          .isEqualTo("ZSTD");
    }
    Map<String, String> types = new HashMap<>();
    for (Type field : schema.getFields()) {
      boolean finalScore = field.getName().endsWith("_pts");
      assertThat(
              field.isRepetition(finalScore ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED))
          .as(field.getName())
          .isTrue();
      var primitive = field.asPrimitiveType();
      var logical = primitive.getLogicalTypeAnnotation();
      types.put(
          field.getName(),
          primitive.getPrimitiveTypeName() + (logical == null ? "" : " " + logical));
    }
    assertThat(types)
        .containsEntry("event_id", "BINARY STRING")
        .containsEntry("season", "INT32")
        .containsEntry("game_date", "INT32 DATE")
        .containsEntry("period", "INT32")
        .containsEntry("clock_remaining_s", "DOUBLE")
        .containsEntry("elapsed_s", "DOUBLE")
        .containsEntry("made", "BOOLEAN")
        .containsEntry("shot_value", "INT32")
        .containsEntry("x_ft", "DOUBLE")
        .containsEntry("zone", "BINARY STRING")
        .containsEntry("scraped_at", "INT64 TIMESTAMP(MILLIS,true)")
        .containsEntry("processed_at", "INT64 TIMESTAMP(MILLIS,true)")
        .containsEntry("home_pts", "INT32")
        .hasSize(29);

    GenericRecord row = lake.rows("types/shots/ongoing/").get(0);
    assertThat(row.get("event_id").toString()).isEqualTo(shot.eventId());
    assertThat(row.get("tip").toString()).isEqualTo(shot.tip());
  }
}
