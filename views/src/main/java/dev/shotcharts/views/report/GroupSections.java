package dev.shotcharts.views.report;

import dev.shotcharts.views.chart.CourtZones;
import dev.shotcharts.views.chart.ShotChart.Figures;
import dev.shotcharts.views.chart.ShotChart.ZoneFigures;
import dev.shotcharts.views.report.ShotTally.Group;
import java.util.List;
import java.util.Locale;

/**
 * The report's sections of teams and of players: a table of attempts, FG%, eFG% and FG% by zone
 * against the league's, and a small chart of each.
 */
final class GroupSections {
  private GroupSections() {}

  static void teams(StringBuilder h, SeasonReport r) {
    h.append("<section id=\"teams\"><h2>Teams</h2>\n")
        .append("<p class=\"muted\">FG% by zone against the league's in that zone, in points:")
        .append(" <span class=\"hot\">above</span>, <span class=\"cold\">below</span>.</p>\n");
    table(h, r.teams(), r.league(), false);
    grid(h, r.teams(), r.league(), "team");
    h.append("</section>\n");
  }

  static void players(StringBuilder h, SeasonReport r) {
    h.append("<section id=\"players\"><h2>Players</h2>\n<p class=\"muted\">The ")
        .append(r.players().size())
        .append(" players with the most attempts.</p>\n");
    table(h, r.players(), r.league(), true);
    grid(h, r.players(), r.league(), "player");
    h.append("</section>\n");
  }

  private static void table(StringBuilder h, List<Group> groups, Group league, boolean player) {
    h.append("<table><tr><th class=\"text\">")
        .append(player ? "player</th><th class=\"text\">team" : "team")
        .append("</th><th>attempts</th><th>FG%</th><th>eFG%</th>");
    CourtZones.ZONES.forEach(
        z -> h.append("<th>").append(ReportPage.esc(CourtZones.name(z))).append("</th>"));
    h.append("</tr>\n");
    for (Group g : groups) {
      h.append("<tr><td class=\"text\">").append(ReportPage.esc(g.name()));
      if (player) {
        h.append("</td><td class=\"text\">").append(ReportPage.esc(g.team()));
      }
      Figures f = g.figures();
      h.append("</td><td>")
          .append(f.attempts())
          .append("</td><td>")
          .append(ReportPage.pct(f.fg()))
          .append("</td><td>")
          .append(ReportPage.pct(f.efg()))
          .append("</td>");
      for (ZoneFigures zone : g.against(league)) {
        Double versus = zone.versusLeague();
        if (versus == null) {
          h.append("<td class=\"muted\">—</td>");
        } else {
          h.append("<td class=\"")
              .append(versus >= 0 ? "hot" : "cold")
              .append("\" title=\"")
              .append(zone.shots().attempts())
              .append(" attempts\">")
              .append(ReportPage.pct(zone.shots().fg()))
              .append(String.format(Locale.ROOT, " (%+.1f)", versus))
              .append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  private static void grid(StringBuilder h, List<Group> groups, Group league, String kind) {
    h.append("<div class=\"grid\">\n");
    for (Group g : groups) {
      Figures f = g.figures();
      h.append("<figure class=\"chart ")
          .append(kind)
          .append("\" data-attempts=\"")
          .append(f.attempts())
          .append("\">")
          .append(ReportPage.chart(g.name(), g, g.against(league)))
          .append("<figcaption>")
          .append(ReportPage.esc(g.name()))
          .append(" · ")
          .append(f.attempts())
          .append(" attempts · FG ")
          .append(ReportPage.pct(f.fg()))
          .append("</figcaption></figure>\n");
    }
    h.append("</div>\n");
  }
}
