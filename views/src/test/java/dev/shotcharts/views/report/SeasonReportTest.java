package dev.shotcharts.views.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.GameDone;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.ScheduleEntry.Status;
import dev.shotcharts.views.chart.ChartShot;
import dev.shotcharts.views.chart.CourtZones;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's logic without engines: why a game is missing, reasons, the page's safety. */
class SeasonReportTest {
  static ScheduleEntry entry(String id, Status status, String reason) {
    return new ScheduleEntry(
        id,
        2025,
        id.substring(0, 4) + "-" + id.substring(4, 6) + "-" + id.substring(6, 8),
        id.substring(9),
        "NYK",
        status,
        reason,
        "2026-11-23T04:05:00Z");
  }

  @Test
  void aMissingGameSaysWhyInDateOrder() {
    SeasonTopics topics =
        new SeasonTopics(
            Map.of(
                "202410230LAL", entry("202410230LAL", Status.FAILED, "x.html: HTTP 500"),
                "202410220BOS", entry("202410220BOS", Status.PUBLISHED, null),
                "202410240DEN", entry("202410240DEN", Status.NOT_REACHED, "403 Forbidden"),
                "202410250MIA", entry("202410250MIA", Status.PUBLISHED, null)),
            Map.of(
                "202410220BOS",
                    new GameDone(
                        "202410220BOS", 2025, 11, "sha", "2026-11-23T04:05:00Z", List.of()),
                "202410210PHI", new GameDone("202410210PHI", 2025, 0, "sha", null, List.of())),
            11,
            11,
            0,
            0,
            0,
            Map.of());
    List<SeasonReport.MissingGame> missing = SeasonReport.missing(topics, Set.of("202410250MIA"));
    assertThat(missing)
        .extracting(SeasonReport.MissingGame::gameId)
        .containsExactly("202410210PHI", "202410220BOS", "202410230LAL", "202410240DEN");
    assertThat(missing.get(0).reason()).contains("no shot markers");
    assertThat(missing.get(1).reason()).startsWith("published to Kafka (11 shots");
    assertThat(missing.get(1).matchup()).isEqualTo("NYK @ BOS");
    assertThat(missing.get(2).reason()).isEqualTo("scrape failed: x.html: HTTP 500");
    assertThat(missing.get(3).reason()).isEqualTo("not reached: 403 Forbidden");
  }

  @Test
  void aReasonIsTheMessageWithoutItsDetails() {
    assertThat(SeasonTopics.reason("result is neither make nor miss: swish"))
        .isEqualTo("result is neither make nor miss");
    assertThat(SeasonTopics.reason("no such period: '9th quarter'")).isEqualTo("no such period");
    assertThat(SeasonTopics.reason("score contradicts 'leads': 'Boston trails'"))
        .isEqualTo("score contradicts");
    assertThat(SeasonTopics.reason("tooltip missing")).isEqualTo("tooltip missing");
    assertThat(SeasonTopics.reason(null)).isEqualTo("(no message)");
  }

  @Test
  void thePageEscapesWhatItShowsAndFetchesNothing() {
    List<ShotTally.Shot> shots =
        List.of(
            new ShotTally.Shot("BOS", "<b>Tatum</b>", "paint", new ChartShot(250, 80, true, 2)),
            new ShotTally.Shot("BOS", "<b>Tatum</b>", "corner_3", new ChartShot(20, 60, false, 3)));
    SeasonReport report =
        new SeasonReport(
            2025,
            Instant.parse("2026-11-23T05:00:00Z"),
            "20261123T040500123Z",
            Instant.parse("2026-11-23T04:06:00Z"),
            null,
            new SeasonReport.Fresh(2, null),
            1,
            1,
            List.of(),
            new SeasonReport.Hops(2, 2, 2, 0, 0, 2, 2L),
            List.of(),
            ShotTally.league(shots),
            ShotTally.teams(shots),
            ShotTally.players(shots, 30));
    String html = ReportPage.html(report);
    assertThat(html).contains("&lt;b&gt;Tatum&lt;/b&gt;").doesNotContain("<b>Tatum");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain(" src=")
        .doesNotContain("href=\"http");
    assertThat(html).contains("id=\"reconciled\" class=\"ok\"");
    // Two shots in two zones: 50 % from the paint for the league and for the team.
    var zones = report.teams().get(0).against(report.league());
    assertThat(zones).extracting(z -> z.zone()).containsExactlyElementsOf(CourtZones.ZONES);
    assertThat(zones.get(1).versusLeague()).isZero(); // the paint
    assertThat(zones.get(5).versusLeague()).isNull(); // no shot from the backcourt
  }
}
