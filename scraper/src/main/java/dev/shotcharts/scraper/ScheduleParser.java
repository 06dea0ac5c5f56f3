package dev.shotcharts.scraper;

import dev.shotcharts.model.Team;
import dev.shotcharts.model.Teams;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a season schedule page ({@code table#schedule}): played games have a box-score link, games
 * not played yet have none (their id is the row's {@code csk}, as on the real site); repeated
 * header rows and "Playoffs" separator rows are skipped.
 */
public final class ScheduleParser {
  private static final Pattern BOX_SCORE = Pattern.compile("/boxscores/(\\d{8}0[A-Z]{3})\\.html");
  private static final Pattern GAME_ID = Pattern.compile("\\d{8}0[A-Z]{3}");
  private static final Pattern TEAM_LINK = Pattern.compile("/teams/([A-Z]{3})/");
  private static final DateTimeFormatter GAME_ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** The games of one schedule page: those played, and those not played yet (no scores). */
  public record Rows(List<ScheduledGame> played, List<ScheduledGame> upcoming) {}

  /** The played games of the page. */
  public List<ScheduledGame> parse(Document page, int season) {
    return rows(page, season).played();
  }

  public Rows rows(Document page, int season) {
    List<Element> tables = HtmlComments.selectIncludingComments(page, "table#schedule");
    if (tables.isEmpty()) {
      throw new PageFormatException(page.location(), "no table#schedule");
    }
    List<ScheduledGame> played = new ArrayList<>();
    List<ScheduledGame> upcoming = new ArrayList<>();
    for (Element row : tables.get(0).select("tbody > tr")) {
      Element boxScore = row.selectFirst("td[data-stat=box_score_text] a[href]");
      if (boxScore != null) {
        Matcher id = BOX_SCORE.matcher(boxScore.attr("href"));
        if (!id.find()) {
          throw new PageFormatException(
              page.location(), "box-score link not understood: " + boxScore.attr("href"));
        }
        played.add(game(row, id.group(1), season, page, true));
        continue;
      }
      Element date = row.selectFirst("[data-stat=date_game][csk]");
      if (date != null && GAME_ID.matcher(date.attr("csk")).matches()) {
        upcoming.add(game(row, date.attr("csk"), season, page, false));
      } // else a header repeat or the "Playoffs" separator
    }
    return new Rows(played, upcoming);
  }

  private static ScheduledGame game(
      Element row, String gameId, int season, Document page, boolean played) {
    return new ScheduledGame(
        gameId,
        season,
        LocalDate.parse(gameId.substring(0, 8), GAME_ID_DATE),
        teamCode(row, "home_team_name", season, page),
        teamCode(row, "visitor_team_name", season, page),
        played ? points(row, "home_pts") : null,
        played ? points(row, "visitor_pts") : null);
  }

  private static String teamCode(Element row, String stat, int season, Document page) {
    Element cell = row.selectFirst("td[data-stat=" + stat + "]");
    if (cell == null) {
      throw new PageFormatException(page.location(), "a game row has no " + stat);
    }
    Element link = cell.selectFirst("a[href]");
    if (link != null) {
      Matcher code = TEAM_LINK.matcher(link.attr("href"));
      if (code.find()) {
        return code.group(1);
      }
    }
    return Teams.byFullName(cell.text().trim(), season)
        .map(Team::code)
        .orElseThrow(
            () ->
                new PageFormatException(
                    page.location(), "unknown team '" + cell.text() + "' in " + season));
  }

  private static Integer points(Element row, String stat) {
    Element cell = row.selectFirst("td[data-stat=" + stat + "]");
    String text = cell == null ? "" : cell.text().trim();
    return text.matches("\\d+") ? Integer.valueOf(text) : null;
  }
}
