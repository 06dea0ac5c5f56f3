package dev.shotcharts.scraper;

import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.Team;
import dev.shotcharts.model.Teams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts every shot marker of a game's shot-chart page into raw records, as close to the page as
 * possible: it reads classes, position and tooltip text, and interprets none of them.
 */
public final class ShotChartParser {
  private static final Pattern TOP = Pattern.compile("top:\\s*(-?\\d+)px");
  private static final Pattern LEFT = Pattern.compile("left:\\s*(-?\\d+)px");
  private static final Pattern PERIOD_CLASS = Pattern.compile("q-(\\d+)");

  /** What one page yielded: the shots, and the team charts that had no marker (legal, reported). */
  public record ShotChart(List<RawShot> shots, List<String> teamsWithoutShots) {}

  public ShotChart parse(Document page, ScheduledGame game, String scrapedAt) {
    String url = page.location();
    List<Element> charts = HtmlComments.selectIncludingComments(page, "div[id^=shots-]");
    Set<String> seen = new HashSet<>();
    List<RawShot> shots = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (Element chart : charts) {
      String team = chart.id().substring("shots-".length());
      if (!seen.add(team)) {
        continue;
      }
      if (!team.equals(game.homeTeam()) && !team.equals(game.awayTeam())) {
        throw new PageFormatException(
            url,
            "chart #" + chart.id() + " is neither " + game.awayTeam() + " nor " + game.homeTeam());
      }
      int seq = 0;
      for (Element marker : chart.select("div[style][tip]")) {
        shots.add(toRawShot(marker, game, team, seq++, url, scrapedAt));
      }
      if (seq == 0) {
        empty.add(team);
      }
    }
    if (!seen.contains(game.homeTeam()) || !seen.contains(game.awayTeam())) {
      throw new PageFormatException(
          url, "expected charts #shots-" + game.awayTeam() + " and #shots-" + game.homeTeam());
    }
    return new ShotChart(shots, empty);
  }

  private static RawShot toRawShot(
      Element marker, ScheduledGame game, String team, int seq, String url, String scrapedAt) {
    String style = marker.attr("style");
    String result = marker.hasClass("make") ? "make" : marker.hasClass("miss") ? "miss" : null;
    if (result == null) {
      throw new PageFormatException(
          url,
          "marker " + seq + " of " + team + " is neither make nor miss: " + marker.className());
    }
    return new RawShot(
        RawShot.SCHEMA_VERSION,
        game.gameId(),
        game.season(),
        game.date().toString(),
        game.homeTeam(),
        game.awayTeam(),
        team,
        seq,
        pixels(LEFT, style, url, team, seq),
        pixels(TOP, style, url, team, seq),
        result,
        playerId(marker),
        period(marker),
        shortName(game.homeTeam(), game.season()),
        shortName(game.awayTeam(), game.season()),
        game.homePts(),
        game.awayPts(),
        marker.attr("tip"),
        url,
        scrapedAt);
  }

  private static int pixels(Pattern axis, String style, String url, String team, int seq) {
    Matcher m = axis.matcher(style);
    if (!m.find()) {
      throw new PageFormatException(
          url, "marker " + seq + " of " + team + " has no position in style '" + style + "'");
    }
    return Integer.parseInt(m.group(1));
  }

  private static String playerId(Element marker) {
    return marker.classNames().stream()
        .filter(c -> c.startsWith("p-") && c.length() > 2)
        .map(c -> c.substring(2))
        .findFirst()
        .orElse(null);
  }

  private static Integer period(Element marker) {
    for (String c : marker.classNames()) {
      Matcher m = PERIOD_CLASS.matcher(c);
      if (m.matches()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }

  private static String shortName(String code, int season) {
    return Teams.byCode(code, season).map(Team::shortName).orElse(code);
  }
}
