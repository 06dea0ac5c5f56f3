package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import java.io.IOException;
import java.time.Duration;
import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.CheckpointRollingPolicy;

/**
 * Rolls every part file on checkpoint (as Parquet must), once it reaches {@code maxBytes}, and when
 * its bucket (a season) has had no shot for a while: a backfill that has moved on to the next
 * season closes the last one's writer (buffers, dictionaries) instead of holding it to the
 * checkpoint. Closed parts still wait for the checkpoint to be committed, so exactly-once is
 * unchanged.
 */
public final class PartRollingPolicy extends CheckpointRollingPolicy<CuratedShot, String> {
  private final long maxBytes;
  private final long inactivityMillis;

  public PartRollingPolicy(long maxBytes, Duration inactivity) {
    this.maxBytes = maxBytes;
    this.inactivityMillis = inactivity.toMillis();
  }

  /** The size counts what the writer has flushed: Parquet grows a file a row group at a time. */
  @Override
  public boolean shouldRollOnEvent(PartFileInfo<String> part, CuratedShot shot) throws IOException {
    return part.getSize() >= maxBytes;
  }

  @Override
  public boolean shouldRollOnProcessingTime(PartFileInfo<String> part, long now) {
    return now - part.getLastUpdateTime() >= inactivityMillis;
  }
}
