package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.junit.jupiter.api.Test;

class InactiveBucketRollingPolicyTest {
  private final InactiveBucketRollingPolicy policy =
      new InactiveBucketRollingPolicy(Duration.ofSeconds(2));

  /** A part file as the sink describes it: created at 1,000, last written at {@code lastWrite}. */
  private record Part(long lastWrite) implements PartFileInfo<String> {
    @Override
    public String getBucketId() {
      return "season=2025/game_date=2024-10-22";
    }

    @Override
    public long getCreationTime() {
      return 1_000;
    }

    @Override
    public long getSize() {
      return 4_096;
    }

    @Override
    public long getLastUpdateTime() {
      return lastWrite;
    }
  }

  @Test
  void rollsOnEveryCheckpointAsParquetMust() {
    assertThat(policy.shouldRollOnCheckpoint(new Part(5_000))).isTrue();
  }

  @Test
  void neverRollsOnAShot() {
    assertThat(policy.shouldRollOnEvent(new Part(5_000), null)).isFalse();
  }

  @Test
  void rollsABucketOnlyOnceItHasBeenIdleForTheWholeInterval() {
    assertThat(policy.shouldRollOnProcessingTime(new Part(5_000), 6_999)).isFalse();
    assertThat(policy.shouldRollOnProcessingTime(new Part(5_000), 7_000)).isTrue();
  }
}
