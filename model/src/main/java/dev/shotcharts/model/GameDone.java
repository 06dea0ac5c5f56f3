package dev.shotcharts.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;

/**
 * "This game is fully published": written to the compacted topic {@code shot_charts_games} (key =
 * game id) in the same Kafka transaction as the game's shots, so it exists exactly when they do.
 *
 * <p>{@code records} says where the game's raw records are in {@code shot_charts}: one range per
 * publication of the game, the earlier ones carried forward, so a reader of one season seeks to its
 * games instead of reading the whole history. Null when some publication's place is not known (a
 * marker written before the ranges were); such a reader then reads the topic from its beginning.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GameDone(
    String gameId,
    int season,
    int shots,
    String pageSha256,
    String scrapedAt,
    List<OffsetRange> records) {

  /** Records {@code first} to {@code last} (inclusive) of one partition. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record OffsetRange(int partition, long first, long last) {}

  /**
   * The ranges of this publication after those of the game's {@code previous} marker (null when the
   * game was never published); null when the previous marker's ranges are unknown.
   */
  public static List<OffsetRange> after(GameDone previous, List<OffsetRange> published) {
    if (previous == null) {
      return List.copyOf(published);
    }
    if (previous.records() == null) {
      return null;
    }
    List<OffsetRange> all = new ArrayList<>(previous.records());
    all.addAll(published);
    return List.copyOf(all);
  }
}
