package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeSummaryTest {
  @Test
  void aRunSucceedsOnlyWithNoFailureAndNothingLeft() {
    ScrapeSummary clean = new ScrapeSummary(3, 1, 2, 20, 0, List.of(), List.of(), 5, Duration.ZERO);
    assertThat(clean.succeeded()).isTrue();
    assertThat(clean.describe())
        .startsWith("games found 3, skipped (already done) 1, scraped 2, failed 0;")
        .contains("shots published 20, markers dead-lettered 0; requests 5")
        .doesNotContain("\n");

    ScrapeSummary failed =
        new ScrapeSummary(
            3, 0, 2, 20, 0, List.of("202410220BOS: 403"), List.of(), 5, Duration.ZERO);
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.describe()).contains("\n  failed: 202410220BOS: 403");

    ScrapeSummary stopped =
        new ScrapeSummary(3, 0, 1, 10, 0, List.of(), List.of("202410230DEN"), 5, Duration.ZERO);
    assertThat(stopped.succeeded()).isFalse();
    assertThat(stopped.describe()).contains("next run resumes with: [202410230DEN]");
  }

  @Test
  void aScheduledGameKnowsItsShotChartPage() {
    assertThat(new ScheduledGame("202410220BOS", 2025, null, "BOS", "NYK", 1, 2).shotChartPath())
        .isEqualTo("/boxscores/shot-chart/202410220BOS.html");
  }
}
