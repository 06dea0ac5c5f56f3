package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.Sleeper;
import dev.shotcharts.testing.FixtureSite;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verbatim schedule pages of the real site (shared/real-pages, unchanged), served over HTTP: the
 * scraper must find exactly the games their own rows list, played and not yet played.
 */
class RealSchedulePagesIT {
  @RegisterExtension static final FixtureSite SITE = new FixtureSite("no-class-path-pages");

  static Path pages;

  @BeforeAll
  static void realPages() {
    pages = Path.of(System.getProperty("shotcharts.realPages"));
    assertThat(pages.resolve("README.md"))
        .as("the real pages of shared/real-pages, beside the checkout")
        .isRegularFile();
  }

  /** Serves {@code file} at {@code paths} for the next request of each. */
  static void serve(String file, String... paths) throws IOException {
    String html = Files.readString(pages.resolve(file), StandardCharsets.UTF_8);
    for (String path : paths) {
      SITE.respondOnce(
          path,
          new FixtureSite.Answer(200, Map.of("Content-Type", "text/html; charset=utf-8"), html));
    }
  }

  static ScheduleParser.Rows read(int season, LocalDate from, LocalDate to) throws Exception {
    RateLimiter limiter = new RateLimiter(6000, Sleeper.SYSTEM);
    SiteClient site =
        new SiteClient(
            URI.create(SITE.baseUrl()), "shotcharts-test/1.0", limiter, Sleeper.SYSTEM, null);
    return new SeasonSchedule(site).read(season, from, to);
  }

  @Test
  void october2017Has104PlayedGames() throws Exception {
    SITE.clearAnswers();
    // On the site the season page is its first month's page.
    serve(
        "NBA_2018_games-october.html",
        "/leagues/NBA_2018_games.html",
        "/leagues/NBA_2018_games-october.html");
    ScheduleParser.Rows rows = read(2018, LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31));
    assertThat(rows.played()).hasSize(104);
    assertThat(rows.upcoming()).isEmpty();
    ScheduledGame first = rows.played().get(0);
    assertThat(first.gameId()).isEqualTo("201710170CLE");
    assertThat(first.homeTeam()).isEqualTo("CLE");
    assertThat(first.awayTeam()).isEqualTo("BOS");
    assertThat(first.homePts()).isEqualTo(102);
    assertThat(first.awayPts()).isEqualTo(99);
    assertThat(rows.played()).allMatch(g -> g.gameId().endsWith(g.homeTeam()));
  }

  @Test
  void april2018Has136PlayedGamesAcrossTheRegularSeasonAndThePlayoffs() throws Exception {
    SITE.clearAnswers();
    serve("NBA_2018_games-october.html", "/leagues/NBA_2018_games.html");
    serve("NBA_2018_games-april.html", "/leagues/NBA_2018_games-april.html");
    ScheduleParser.Rows rows = read(2018, LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30));
    assertThat(rows.played()).hasSize(136);
    assertThat(rows.played()).extracting(ScheduledGame::gameId).doesNotHaveDuplicates();
    assertThat(rows.upcoming()).isEmpty();
    assertThat(SITE.requests())
        .as("the season page and the one month that overlaps the range")
        .containsExactly(
            "/robots.txt", "/leagues/NBA_2018_games.html", "/leagues/NBA_2018_games-april.html");
  }

  @Test
  void april2019SavedBeforeItsGamesHas79UnplayedGames() throws Exception {
    SITE.clearAnswers();
    serve(
        "NBA_2019_games-april.html",
        "/leagues/NBA_2019_games.html",
        "/leagues/NBA_2019_games-april.html");
    ScheduleParser.Rows rows = read(2019, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30));
    assertThat(rows.played()).isEmpty();
    assertThat(rows.upcoming()).hasSize(79);
    assertThat(rows.upcoming().get(0).gameId()).isEqualTo("201904010BOS");
    assertThat(rows.upcoming().get(0).awayTeam()).isEqualTo("MIA");
    assertThat(rows.upcoming()).allMatch(g -> g.homePts() == null && g.awayPts() == null);
  }
}
