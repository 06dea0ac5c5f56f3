package dev.shotcharts.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.GameDone.OffsetRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicReaderTest {
  @Test
  void rangesCloseTogetherAreReadAsOneAndPartitionsApart() {
    List<OffsetRange> ranges =
        List.of(
            new OffsetRange(0, 500_000, 500_179),
            new OffsetRange(1, 0, 179),
            new OffsetRange(0, 0, 179),
            new OffsetRange(0, 180, 359),
            new OffsetRange(0, 359 + TopicReader.GAP, 539 + TopicReader.GAP),
            new OffsetRange(0, 100, 150));
    assertThat(TopicReader.coalesced(ranges))
        .containsExactly(
            new OffsetRange(0, 0, 539 + TopicReader.GAP),
            new OffsetRange(0, 500_000, 500_179),
            new OffsetRange(1, 0, 179));
  }
}
