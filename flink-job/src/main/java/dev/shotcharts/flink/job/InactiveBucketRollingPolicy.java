package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import java.time.Duration;
import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.CheckpointRollingPolicy;

/**
 * Rolls every part file on checkpoint (as Parquet must) and also closes a part file whose bucket
 * has had no shot for a while. A backfill moves through hundreds of game dates per checkpoint;
 * without this every one of them keeps an open Parquet writer (buffers, dictionaries) until the
 * next checkpoint, and the task manager runs out of heap. Closed parts still wait for the
 * checkpoint to be committed, so exactly-once is unchanged.
 */
public final class InactiveBucketRollingPolicy
    extends CheckpointRollingPolicy<CuratedShot, String> {
  private final long inactivityMillis;

  public InactiveBucketRollingPolicy(Duration inactivity) {
    this.inactivityMillis = inactivity.toMillis();
  }

  @Override
  public boolean shouldRollOnEvent(PartFileInfo<String> part, CuratedShot shot) {
    return false;
  }

  @Override
  public boolean shouldRollOnProcessingTime(PartFileInfo<String> part, long now) {
    return now - part.getLastUpdateTime() >= inactivityMillis;
  }
}
