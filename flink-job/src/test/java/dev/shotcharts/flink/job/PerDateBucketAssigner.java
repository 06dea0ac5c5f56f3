package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/** The ongoing layout of the job before one bucket per season: {@code season=S/game_date=D}. */
final class PerDateBucketAssigner implements BucketAssigner<CuratedShot, String> {
  @Override
  public String getBucketId(CuratedShot shot, Context context) {
    return "season=" + shot.season() + "/game_date=" + shot.gameDate();
  }

  @Override
  public SimpleVersionedSerializer<String> getSerializer() {
    return SimpleVersionedStringSerializer.INSTANCE;
  }
}
