package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleParserTest {
  @Test
  void readsPlayedGamesAndSkipsHeaderRepeatsAndUnplayedGames() throws IOException {
    List<ScheduledGame> games =
        new ScheduleParser()
            .parse(
                ShotChartParserTest.page(
                    "sites/sample/leagues/NBA_2025_games-october.html", "http://site/oct"),
                2025);
    assertThat(games)
        .containsExactly(
            new ScheduledGame(
                "202410220BOS", 2025, LocalDate.of(2024, 10, 22), "BOS", "NYK", 132, 109));
  }

  @Test
  void picksOnlyTheMonthPagesThatOverlapTheRange() throws IOException {
    var index =
        ShotChartParserTest.page("sites/sample/leagues/NBA_2025_games.html", "http://site/index");
    assertThat(
            SeasonSchedule.monthPages(
                index, 2025, LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 28)))
        .containsExactly("/leagues/NBA_2025_games-october.html");
    assertThat(
            SeasonSchedule.monthPages(
                index, 2025, LocalDate.of(2024, 10, 30), LocalDate.of(2024, 11, 2)))
        .containsExactly(
            "/leagues/NBA_2025_games-october.html", "/leagues/NBA_2025_games-november.html");
    assertThat(
            SeasonSchedule.monthPages(
                index, 2025, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 7)))
        .isEmpty();
  }

  @Test
  void skipsPlayoffSeparatorsAndReadsTeamsFromTheirLinks() throws IOException {
    List<ScheduledGame> games =
        new ScheduleParser()
            .parse(
                ShotChartParserTest.page(
                    "sites/season/leagues/NBA_2025_games-november.html", "http://site/nov"),
                2025);
    assertThat(games)
        .extracting(ScheduledGame::gameId)
        .containsExactly("202411010LAL", "202411020SAS", "202411030DEN", "202411040NYK");
    assertThat(games.get(1))
        .isEqualTo(
            new ScheduledGame(
                "202411020SAS", 2025, LocalDate.of(2024, 11, 2), "SAS", "NOP", 128, 130));
  }
}
