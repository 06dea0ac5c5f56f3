package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.LakeLayout;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/** Partitions the lake Hive-style by season and game date: {@code season=S/game_date=D}. */
public final class SeasonDateBucketAssigner implements BucketAssigner<CuratedShot, String> {
  @Override
  public String getBucketId(CuratedShot shot, Context context) {
    return LakeLayout.partition(shot.season(), shot.gameDate());
  }

  @Override
  public SimpleVersionedSerializer<String> getSerializer() {
    return SimpleVersionedStringSerializer.INSTANCE;
  }
}
