package dev.shotcharts.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.GameDone.OffsetRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameDoneTest {
  static final OffsetRange FIRST = new OffsetRange(1, 100, 279);
  static final OffsetRange AGAIN = new OffsetRange(1, 9_000, 9_179);

  @Test
  void aRepublishedGameKeepsTheRangesOfItsEarlierPublications() {
    GameDone first = done(GameDone.after(null, List.of(FIRST)));
    assertThat(first.records()).containsExactly(FIRST);
    assertThat(GameDone.after(first, List.of(AGAIN))).containsExactly(FIRST, AGAIN);
  }

  @Test
  void aMarkerWrittenBeforeTheRangesLeavesThemUnknown() {
    GameDone old =
        RecordJson.fromJson(
            "{\"game_id\":\"202410220BOS\",\"season\":2025,\"shots\":180,"
                + "\"page_sha256\":\"ab\",\"scraped_at\":\"2026-11-23T04:05:00Z\"}",
            GameDone.class);
    assertThat(old.records()).isNull();
    assertThat(GameDone.after(old, List.of(AGAIN))).isNull();
  }

  @Test
  void theRangesTravelInTheMarkersJson() {
    GameDone done = done(List.of(FIRST, AGAIN));
    String json = RecordJson.toJson(done);
    assertThat(json).contains("\"records\":[{\"partition\":1,\"first\":100,\"last\":279}");
    assertThat(RecordJson.fromJson(json, GameDone.class)).isEqualTo(done);
  }

  private static GameDone done(List<OffsetRange> records) {
    return new GameDone("202410220BOS", 2025, 180, "ab", "2026-11-23T04:05:00Z", records);
  }
}
