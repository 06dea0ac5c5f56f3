package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.junit.jupiter.api.Test;

class PartRollingPolicyTest {
  private final PartRollingPolicy policy = new PartRollingPolicy(1 << 20, Duration.ofSeconds(2));

  /** A part file as the sink describes it: created at 1,000, last written at {@code lastWrite}. */
  private record Part(long lastWrite, long size) implements PartFileInfo<String> {
    Part(long lastWrite) {
      this(lastWrite, 4_096);
    }

    @Override
    public String getBucketId() {
      return "season=2025";
    }

    @Override
    public long getCreationTime() {
      return 1_000;
    }

    @Override
    public long getSize() {
      return size;
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
  void rollsOnAShotOnlyOnceThePartHasReachedItsSize() throws Exception {
    assertThat(policy.shouldRollOnEvent(new Part(5_000), null)).isFalse();
    assertThat(policy.shouldRollOnEvent(new Part(5_000, (1 << 20) - 1), null)).isFalse();
    assertThat(policy.shouldRollOnEvent(new Part(5_000, 1 << 20), null)).isTrue();
  }

  @Test
  void rollsABucketOnlyOnceItHasBeenIdleForTheWholeInterval() {
    assertThat(policy.shouldRollOnProcessingTime(new Part(5_000), 6_999)).isFalse();
    assertThat(policy.shouldRollOnProcessingTime(new Part(5_000), 7_000)).isTrue();
  }
}
