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

  static org.jsoup.nodes.Document schedule(String rows) {
    return org.jsoup.Jsoup.parse(
        "<table id=\"schedule\"><tbody>" + rows + "</tbody></table>", "http://site/s");
  }

  static String row(String csk, String visitor, String home, String boxScore) {
    return "<tr><th data-stat=\"date_game\" csk=\""
        + csk
        + "\">Tue</th><td data-stat=\"visitor_team_name\">"
        + visitor
        + "</td><td data-stat=\"visitor_pts\">99</td><td data-stat=\"home_team_name\">"
        + home
        + "</td><td data-stat=\"home_pts\">101</td><td data-stat=\"box_score_text\">"
        + boxScore
        + "</td></tr>";
  }

  @Test
  void teamsWithoutALinkAreReadByTheirFullNameOfTheSeason() {
    ScheduleParser.Rows rows =
        new ScheduleParser()
            .rows(
                schedule(
                    row(
                            "202410220BOS",
                            "New York Knicks",
                            "<a href=\"/somewhere/else\">Boston Celtics</a>",
                            "<a href=\"/boxscores/202410220BOS.html\">Box Score</a>")
                        + row("202410230DEN", "Oklahoma City Thunder", "Denver Nuggets", "")
                        + row("20241023", "Utah Jazz", "Phoenix Suns", "")),
                2025);
    assertThat(rows.played())
        .containsExactly(
            new ScheduledGame(
                "202410220BOS", 2025, LocalDate.of(2024, 10, 22), "BOS", "NYK", 101, 99));
    assertThat(rows.upcoming())
        .as("a csk that is no game id is no game")
        .containsExactly(
            new ScheduledGame(
                "202410230DEN", 2025, LocalDate.of(2024, 10, 23), "DEN", "OKC", null, null));
  }

  @Test
  void anUnknownTeamOrABoxScoreLinkNotUnderstoodIsAPageError() {
    ScheduleParser parser = new ScheduleParser();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                parser.rows(
                    schedule(row("202410230DEN", "Springfield Atoms", "Denver Nuggets", "")), 2025))
        .isInstanceOf(PageFormatException.class)
        .hasMessageContaining("unknown team 'Springfield Atoms' in 2025");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                parser.rows(
                    schedule(
                        row(
                            "202410230DEN",
                            "Utah Jazz",
                            "Denver Nuggets",
                            "<a href=\"/boxscores/index.fcgi\">Box Score</a>")),
                    2025))
        .hasMessageContaining("box-score link not understood");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> parser.rows(org.jsoup.Jsoup.parse("<p>maintenance</p>", "http://site/s"), 2025))
        .hasMessageContaining("no table#schedule");
  }
}
