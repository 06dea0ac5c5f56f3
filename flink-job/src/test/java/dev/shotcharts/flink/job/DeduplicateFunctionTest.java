package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.testing.SyntheticShots;
import dev.shotcharts.transform.ShotCurator;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** De-duplication on the keyed operator harness: first wins, state survives a snapshot, TTL. */
class DeduplicateFunctionTest {
  static final Duration TTL = Duration.ofDays(1);
  static final SyntheticShots SHOTS = new SyntheticShots(11);
  static final ShotCurator CURATOR = new ShotCurator();

  static CuratedShot shot(int game, int seq) {
    return CURATOR.curate(SHOTS.shot(game, seq), Instant.parse("2026-11-23T04:05:00Z"));
  }

  static KeyedOneInputStreamOperatorTestHarness<String, CuratedShot, CuratedShot> harness()
      throws Exception {
    return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new DeduplicateFunction(TTL), CuratedShot::eventId, Types.STRING);
  }

  @Test
  void theFirstOccurrenceWinsAndTheSeenIdsSurviveARestore() throws Exception {
    OperatorSubtaskState snapshot;
    try (var h = harness()) {
      h.processElement(shot(1, 0), 0);
      h.processElement(shot(1, 1), 0);
      h.processElement(shot(1, 0), 0);
      assertThat(h.extractOutputValues())
          .extracting(CuratedShot::eventId)
          .containsExactly(shot(1, 0).eventId(), shot(1, 1).eventId());
      snapshot = h.snapshot(1, 1);
    }
    try (var restored =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new DeduplicateFunction(TTL)),
            CuratedShot::eventId,
            Types.STRING)) {
      restored.initializeState(snapshot);
      restored.open();
      restored.processElement(shot(1, 1), 0);
      restored.processElement(shot(2, 0), 0);
      assertThat(restored.extractOutputValues())
          .as("an id seen before the checkpoint stays a duplicate after the restore")
          .extracting(CuratedShot::eventId)
          .containsExactly(shot(2, 0).eventId());
    }
  }

  @Test
  void anIdIsForgottenOnlyAfterTheTtl() throws Exception {
    try (var h = harness()) {
      h.setStateTtlProcessingTime(0);
      h.processElement(shot(3, 0), 0);
      h.setStateTtlProcessingTime(TTL.toMillis() - 1);
      h.processElement(shot(3, 0), 0);
      h.setStateTtlProcessingTime(TTL.toMillis() + 1);
      h.processElement(shot(3, 0), 0);
      assertThat(h.extractOutputValues()).hasSize(2);
    }
  }
}
