package dev.shotcharts.bench.follow;

import dev.shotcharts.scraper.ScheduledGame;
import dev.shotcharts.testing.FixtureSite;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The October schedule page of a fixture site with one game a day, Boston at home to New York (so
 * the sample's chart page serves every game), whose first {@code n} games are over.
 */
final class LiveSchedule {
  static final String PAGE = "/leagues/NBA_2025_games-october.html";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH);

  private final FixtureSite site;
  private final List<ScheduledGame> games;

  LiveSchedule(FixtureSite site, LocalDate first, int count) {
    this.site = site;
    this.games =
        IntStream.range(0, count)
            .mapToObj(i -> first.plusDays(i))
            .map(
                d ->
                    new ScheduledGame(
                        d.toString().replace("-", "") + "0BOS", 2025, d, "BOS", "NYK", 132, 109))
            .toList();
  }

  List<ScheduledGame> games() {
    return games;
  }

  /** Serves the page with the first {@code over} games played (a box score and a score). */
  void publish(int over) {
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>2024-25 NBA"
                + " Schedule (October)</title></head><body><div id=\"content\"><div"
                + " class=\"filter\"><div class=\"current\"><a href=\""
                + PAGE
                + "\">October</a></div></div><table id=\"schedule\"><tbody>");
    for (int i = 0; i < games.size(); i++) {
      ScheduledGame g = games.get(i);
      boolean played = i < over;
      page.append("<tr><th scope=\"row\" data-stat=\"date_game\" csk=\"")
          .append(g.gameId())
          .append("\"><a href=\"/boxscores/index.fcgi\">")
          .append(DAY.format(g.date()))
          .append("</a></th><td data-stat=\"game_start_time\">7:30p</td>")
          .append("<td data-stat=\"visitor_team_name\"><a href=\"/teams/NYK/2025.html\">New York")
          .append(" Knicks</a></td><td data-stat=\"visitor_pts\">")
          .append(played ? g.awayPts() : "")
          .append("</td><td data-stat=\"home_team_name\"><a href=\"/teams/BOS/2025.html\">Boston")
          .append(" Celtics</a></td><td data-stat=\"home_pts\">")
          .append(played ? g.homePts() : "")
          .append("</td><td data-stat=\"box_score_text\">")
          .append(played ? "<a href=\"/boxscores/" + g.gameId() + ".html\">Box Score</a>" : "")
          .append("</td><td data-stat=\"overtimes\"></td></tr>");
    }
    site.replace(PAGE, page.append("</tbody></table></div></body></html>").toString());
  }
}
