package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.testing.SyntheticShots;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** The curation operator alone, on Flink's operator test harness: no Kafka, no S3, no cluster. */
class CurateFunctionTest {
  static final SyntheticShots SHOTS = new SyntheticShots(7);

  @Test
  void aValidRecordIsCuratedAndABadOneBecomesADeadLetterWithItsOrigin() throws Exception {
    RawShot raw = SHOTS.shot(3, 5);
    byte[] bad = "{\"schema_version\":1,\"game_id\":".getBytes(StandardCharsets.UTF_8);
    try (OneInputStreamOperatorTestHarness<KafkaRawRecord, CuratedShot> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(new CurateFunction())) {
      harness.processElement(record(7, RecordJson.toBytes(raw)), 0);
      harness.processElement(record(8, bad), 0);
      harness.processElement(record(9, null), 0);

      List<CuratedShot> curated = harness.extractOutputValues();
      assertThat(curated).extracting(CuratedShot::eventId).containsExactly(raw.eventId());
      assertThat(curated.get(0).tip()).isEqualTo(raw.tip());

      List<DeadLetter> dead =
          harness.getSideOutput(CurateFunction.DEAD_LETTERS).stream()
              .map(StreamRecord::getValue)
              .toList();
      assertThat(dead).extracting(DeadLetter::offset).containsExactly(8L, 9L);
      assertThat(dead.get(0).topic()).isEqualTo("shot_charts");
      assertThat(dead.get(0).partition()).isEqualTo(2);
      assertThat(dead.get(0).key()).isEqualTo(raw.gameId());
      assertThat(dead.get(0).value()).isEqualTo(new String(bad, StandardCharsets.UTF_8));
      assertThat(dead.get(0).error()).isNotBlank();
      assertThat(harness.getOperator()).isInstanceOf(ProcessOperator.class);
    }
  }

  @Test
  void itsTotalsCountOnAfterARestoreAndWhatIsProcessedAgainIsNotCountedTwice() throws Exception {
    byte[] valid = RecordJson.toBytes(SHOTS.shot(3, 6));
    byte[] bad = "not json".getBytes(StandardCharsets.UTF_8);
    OperatorSubtaskState checkpoint;
    try (OneInputStreamOperatorTestHarness<KafkaRawRecord, CuratedShot> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(new CurateFunction())) {
      harness.processElement(record(1, valid), 0);
      harness.processElement(record(2, bad), 0);
      checkpoint = harness.snapshot(1, 1);
      harness.processElement(record(3, valid), 0); // after the checkpoint, lost in the crash
    }
    CurateFunction restored = new CurateFunction();
    try (OneInputStreamOperatorTestHarness<KafkaRawRecord, CuratedShot> harness =
        new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(restored))) {
      harness.initializeState(checkpoint);
      harness.open();
      harness.processElement(record(3, valid), 0); // read again from the restored offset
      harness.processElement(record(4, bad), 0);
      assertThat(restored.total(CurateFunction.RECORDS_IN)).isEqualTo(4);
      assertThat(restored.total(CurateFunction.DEAD_LETTER_COUNT)).isEqualTo(2);
    }
  }

  private static KafkaRawRecord record(long offset, byte[] value) {
    return new KafkaRawRecord(
        "shot_charts",
        2,
        offset,
        SHOTS.shot(3, 5).gameId().getBytes(StandardCharsets.UTF_8),
        value);
  }
}
