package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.StateBackend;
import dev.shotcharts.testing.KafkaBrokerExtension;
import dev.shotcharts.testing.S3ServerExtension;
import dev.shotcharts.testing.SyntheticShots;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade through a savepoint: stop the running job with a savepoint, start a changed version from
 * it, and feed events that repeat earlier ones. The de-duplication state and the Kafka offsets must
 * both carry over. The first version writes the ongoing layout of the job before one bucket per
 * season ({@code season=S/game_date=D/}) and keeps its state on the heap, as the job did before
 * RocksDB: the sink's state from it restores into today's sink, the de-duplication state into
 * RocksDB (through the canonical savepoint), and no committed row is lost or written twice.
 */
class SavepointUpgradeIT {
  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
  @RegisterExtension static final S3ServerExtension S3 = new S3ServerExtension("lake");

  @RegisterExtension static final MiniClusterExtension FLINK = FlinkTestSupport.miniCluster();

  @TempDir static Path state;

  @BeforeAll
  static void s3Plugin() throws Exception {
    FlinkTestSupport.useS3Server(S3);
  }

  /** The "new version": one more stateless operator in front of the curation. */
  static final class Passthrough implements MapFunction<KafkaRawRecord, KafkaRawRecord> {
    @Override
    public KafkaRawRecord map(KafkaRawRecord record) {
      return record;
    }
  }

  private static JobClient start(JobConfig config, String savepoint, boolean upgraded)
      throws Exception {
    Configuration conf = FlinkTestSupport.jobConfiguration(config);
    conf.set(
        CheckpointingOptions.CHECKPOINTS_DIRECTORY,
        state.resolve("checkpoints").toUri().toString());
    if (savepoint != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    var raw = ShotChartsPipeline.readRaw(env, config);
    if (upgraded) {
      ShotChartsPipeline.curateAndStore(
          raw.map(new Passthrough()).name("v2 passthrough").uid("v2-passthrough"), config);
    } else {
      ShotChartsPipeline.curateAndStore(
          raw, config, ShotChartsPipeline.parquetSink(config, new PerDateBucketAssigner()));
    }
    return env.executeAsync(upgraded ? "shotcharts v2" : "shotcharts v1");
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(250);
    }
  }

  private static List<String> eventIdsInLake() {
    try {
      return new LakeReader(S3.client(), S3.bucket())
          .rows("up/shots/ongoing/").stream().map(r -> r.get("event_id").toString()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long accumulator(JobClient job, String name) throws Exception {
    Object value = job.getAccumulators().get().get(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static void produce(String topic, List<RawShot> shots) {
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    shots.forEach(s -> records.add(new ProducerRecord<>(topic, s.gameId(), RecordJson.toBytes(s))));
    FlinkTestSupport.produce(KAFKA.bootstrapServers(), topic, records);
  }

  private static JobConfig config(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("--bootstrap-servers", KAFKA.bootstrapServers(), "--lake", "s3://lake/up"));
    args.addAll(List.of(more));
    return JobConfig.fromArgs(args.toArray(String[]::new))
        .withTopics("up-raw", "up-dlq")
        .withGroupId("upgrade")
        .withCheckpointInterval(Duration.ofMillis(500));
  }

  @Test
  void deduplicationStateAndOffsetsSurviveAnUpgrade() throws Exception {
    PipelineTopics.createMissing(
        KAFKA.bootstrapServers(),
        PipelineTopics.shots("up-raw", 2, (short) 1),
        PipelineTopics.deadLetters("up-dlq", (short) 1));
    JobConfig config = config();
    assertThat(config.stateBackend()).as("today's job").isEqualTo(StateBackend.ROCKSDB);
    SyntheticShots shots = new SyntheticShots(3);
    List<RawShot> before = new ArrayList<>();
    for (int game = 0; game < 4; game++) {
      for (int seq = 0; seq < 500; seq++) {
        before.add(shots.shot(game, seq));
      }
    }

    produce("up-raw", before);
    JobClient v1 = start(config("--state-backend", "hashmap"), null, false);
    await("v1 to commit 2000 rows", () -> eventIdsInLake().size() == 2_000);
    String savepoint =
        v1.stopWithSavepoint(
                false,
                state.resolve("savepoints").toUri().toString(),
                SavepointFormatType.CANONICAL)
            .get();

    List<RawShot> repeats = before.subList(100, 600);
    List<RawShot> fresh = new ArrayList<>();
    for (int game = 4; game < 6; game++) {
      for (int seq = 0; seq < 500; seq++) {
        fresh.add(shots.shot(game, seq));
      }
    }
    List<RawShot> after = new ArrayList<>(repeats);
    after.addAll(fresh);
    produce("up-raw", after);

    // Another group id, so committed group offsets cannot stand in for the restored state: without
    // it, v2 would start from the earliest offset and read all 3,500 records again.
    JobClient v2 = start(config.withGroupId("upgrade-v2"), savepoint, true);
    try {
      await("v2 to commit the 1000 new rows", () -> eventIdsInLake().size() >= 3_000);
      await(
          "v2 to read the 1500 new records",
          () -> {
            try {
              return accumulator(v2, CurateFunction.RECORDS_IN) >= 2_000 + 1_500;
            } catch (Exception e) {
              return false;
            }
          });
      Thread.sleep(2_000); // a few more checkpoints: nothing else may arrive
      // The totals count across restarts: v1's 2,000 came through the savepoint.
      assertThat(accumulator(v2, CurateFunction.RECORDS_IN))
          .as("offsets continued: only the 1,500 records after the savepoint were read")
          .isEqualTo(2_000 + 1_500);
      assertThat(accumulator(v2, DeduplicateFunction.DUPLICATE_COUNT))
          .as("de-duplication state survived: every repeat recognised")
          .isEqualTo(500);
    } finally {
      v2.cancel().get();
    }

    List<String> keys = new LakeReader(S3.client(), S3.bucket()).parquetKeys("up/shots/ongoing/");
    assertThat(keys)
        .as("v1's files per game date, v2's per season")
        .anyMatch(k -> k.contains("/game_date="))
        .anyMatch(k -> k.matches("up/shots/ongoing/season=\\d+/part-.*"));
    List<String> ids = eventIdsInLake();
    Set<String> expected = new HashSet<>();
    before.forEach(s -> expected.add(s.eventId()));
    fresh.forEach(s -> expected.add(s.eventId()));
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(new HashSet<>(ids)).isEqualTo(expected);
  }
}
