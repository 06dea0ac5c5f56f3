package dev.shotcharts.transform;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.InvalidRecordException;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one curation step, shared by the Flink job, the offline {@code transform} and the Spark peer:
 * a raw record's bytes and where they came from in, a curated shot or a dead letter out. Nothing is
 * dropped: every failure becomes a dead letter that names its origin and keeps the bytes.
 */
public final class Curation {
  /**
   * Where a record came from: a topic, partition and offset (its key must be the game id), or a
   * file's path and line number (partition 0, no key). A dead letter carries them in its {@code
   * source_topic}, {@code source_partition} and {@code source_offset}, the contract's names.
   */
  public record Origin(String source, int partition, long position, byte[] key, boolean keyed) {
    public static Origin kafka(String topic, int partition, long offset, byte[] key) {
      return new Origin(topic, partition, offset, key, true);
    }

    public static Origin file(String path, long line) {
      return new Origin(path, 0, line, null, false);
    }
  }

  /** Exactly one of the two is set. */
  public record Outcome(CuratedShot shot, DeadLetter deadLetter) {
    public boolean curated() {
      return shot != null;
    }
  }

  private final ShotCurator curator = new ShotCurator();

  public Outcome apply(byte[] value, Origin origin, Instant now) {
    try {
      RawShot raw = RecordJson.readRawShot(value == null ? new byte[0] : value);
      CuratedShot shot = curator.curate(raw, now);
      if (origin.keyed()) {
        checkKey(origin.key(), raw);
      }
      return new Outcome(shot, null);
    } catch (RuntimeException e) {
      return new Outcome(
          null,
          DeadLetters.of(
              e, origin.source(), origin.partition(), origin.position(), origin.key(), value, now));
    }
  }

  /** The key is the game id: it keeps a game on one partition, in order, and compaction exact. */
  private static void checkKey(byte[] key, RawShot raw) {
    if (key == null) {
      throw new InvalidRecordException("the Kafka key is null; it must be the game_id");
    }
    if (!raw.gameId().equals(new String(key, StandardCharsets.UTF_8))) {
      throw new InvalidRecordException("the Kafka key is not the game_id " + raw.gameId());
    }
  }
}
