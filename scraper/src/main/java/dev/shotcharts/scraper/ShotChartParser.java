package dev.shotcharts.scraper;

import dev.shotcharts.model.DeadLetter;
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
 * possible: it reads classes, position and tooltip text, and interprets none of them. A marker it
 * cannot read becomes a dead letter that names the field; the page's other markers still count. A
 * page none of whose markers can be read fails as a whole: that is the site's markup, not a marker.
 */
public final class ShotChartParser {
  private static final Pattern TOP = Pattern.compile("top:\\s*(-?\\d+)px");
  private static final Pattern LEFT = Pattern.compile("left:\\s*(-?\\d+)px");
  private static final Pattern PERIOD_CLASS = Pattern.compile("q-(\\d+)");

  /** The court picture (500 x 472 px) and a margin: a marker outside it is not on this court. */
  static final int WIDTH = 500;

  static final int HEIGHT = 472;
  static final int MARGIN = 100;

  /** A marker's attributes kept in its dead letter, at most (a marker is about 250 characters). */
  static final int MAX_ATTRIBUTES = 4_000;

  /**
   * What one page yielded: the shots, the markers it could not read (dead letters), and the team
   * charts that had no marker (legal, reported).
   */
  public record ShotChart(
      List<RawShot> shots, List<DeadLetter> rejected, List<String> teamsWithoutShots) {
    public int markers() {
      return shots.size() + rejected.size();
    }
  }

  /** A marker that cannot be read: the field first, then what is wrong with it. */
  private static final class BadMarker extends Exception {
    BadMarker(String reason) {
      super(reason, null, false, false);
    }
  }

  public ShotChart parse(Document page, ScheduledGame game, String scrapedAt) {
    String url = page.location();
    List<Element> charts = HtmlComments.selectIncludingComments(page, "div[id^=shots-]");
    Set<String> seen = new HashSet<>();
    List<RawShot> shots = new ArrayList<>();
    List<DeadLetter> rejected = new ArrayList<>();
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
      // The marker's index on the page is its sequence number: a good marker keeps its event id
      // when a damaged one beside it is mended.
      int seq = 0;
      for (Element marker : chart.select("div.tooltip, div[tip]")) {
        try {
          shots.add(toRawShot(marker, game, team, seq, url, scrapedAt));
        } catch (BadMarker e) {
          rejected.add(
              DeadLetter.ofMarker(
                  e.getMessage(), game.gameId(), url, team, seq, attributes(marker)));
        }
        seq++;
      }
      if (seq == 0) {
        empty.add(team);
      }
    }
    if (!seen.contains(game.homeTeam()) || !seen.contains(game.awayTeam())) {
      throw new PageFormatException(
          url, "expected charts #shots-" + game.awayTeam() + " and #shots-" + game.homeTeam());
    }
    if (shots.isEmpty() && !rejected.isEmpty()) {
      throw new PageFormatException(
          url,
          "none of its "
              + rejected.size()
              + " shot markers could be read (has the site's markup changed?); the first: "
              + rejected.get(0).error());
    }
    return new ShotChart(shots, rejected, empty);
  }

  private static RawShot toRawShot(
      Element marker, ScheduledGame game, String team, int seq, String url, String scrapedAt)
      throws BadMarker {
    if (!marker.hasAttr("style")) {
      throw new BadMarker("style: missing (the marker's position)");
    }
    if (!marker.hasAttr("tip") || marker.attr("tip").isBlank()) {
      throw new BadMarker("tip: missing (the marker's tooltip)");
    }
    if (marker.attr("tip").indexOf('\uFFFD') >= 0) {
      throw new BadMarker("tip: bytes that are not UTF-8 in '" + cut(marker.attr("tip"), 80) + "'");
    }
    String style = marker.attr("style");
    String result = marker.hasClass("make") ? "make" : marker.hasClass("miss") ? "miss" : null;
    if (result == null) {
      throw new BadMarker("class: '" + marker.className() + "' says neither make nor miss");
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
        pixels(LEFT, "left", style, WIDTH),
        pixels(TOP, "top", style, HEIGHT),
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

  /** A position in pixels on the court picture, or why the style does not give one. */
  private static int pixels(Pattern axis, String name, String style, int size) throws BadMarker {
    Matcher m = axis.matcher(style);
    if (!m.find()) {
      throw new BadMarker("style " + name + ": none in px in '" + cut(style, 80) + "'");
    }
    long value;
    try {
      value = Long.parseLong(m.group(1));
    } catch (NumberFormatException tooLong) {
      value = Long.MAX_VALUE;
    }
    if (value < -MARGIN || value > size + MARGIN) {
      throw new BadMarker(
          "style "
              + name
              + ": "
              + cut(m.group(1), 20)
              + "px is outside the court picture (0.."
              + size
              + " px, "
              + MARGIN
              + " px margin)");
    }
    return (int) value;
  }

  /** The marker's attributes as the page wrote them, bounded. */
  private static String attributes(Element marker) {
    return cut(marker.attributes().html().strip(), MAX_ATTRIBUTES);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
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
