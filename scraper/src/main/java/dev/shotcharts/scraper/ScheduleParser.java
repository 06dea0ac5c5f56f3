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
 * Reads the played games of a season schedule page ({@code table#schedule}): unplayed games (no
 * box-score link), repeated header rows and "Playoffs" separator rows are skipped.
 */
public final class ScheduleParser {
  private static final Pattern BOX_SCORE = Pattern.compile("/boxscores/(\\d{8}0[A-Z]{3})\\.html");
  private static final Pattern TEAM_LINK = Pattern.compile("/teams/([A-Z]{3})/");
  private static final DateTimeFormatter GAME_ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  public List<ScheduledGame> parse(Document page, int season) {
    List<Element> tables = HtmlComments.selectIncludingComments(page, "table#schedule");
    if (tables.isEmpty()) {
      throw new PageFormatException(page.location(), "no table#schedule");
    }
    List<ScheduledGame> games = new ArrayList<>();
    for (Element row : tables.get(0).select("tbody > tr")) {
      Element boxScore = row.selectFirst("td[data-stat=box_score_text] a[href]");
      if (boxScore == null) {
        continue; // header repeat, "Playoffs" separator or a game not played yet
      }
      Matcher id = BOX_SCORE.matcher(boxScore.attr("href"));
      if (!id.find()) {
        throw new PageFormatException(
            page.location(), "box-score link not understood: " + boxScore.attr("href"));
      }
      String gameId = id.group(1);
      games.add(
          new ScheduledGame(
              gameId,
              season,
              LocalDate.parse(gameId.substring(0, 8), GAME_ID_DATE),
              teamCode(row, "home_team_name", season, page),
              teamCode(row, "visitor_team_name", season, page),
              points(row, "home_pts"),
              points(row, "visitor_pts")));
    }
    return games;
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
