package dev.shotcharts.views.report;

import dev.shotcharts.views.chart.CourtZones;
import dev.shotcharts.views.chart.ShotChart;
import dev.shotcharts.views.chart.ShotChart.ZoneFigures;
import dev.shotcharts.views.chart.SvgCanvas;
import dev.shotcharts.views.report.SeasonReport.Hops;
import dev.shotcharts.views.report.SeasonReport.MissingGame;
import dev.shotcharts.views.report.SeasonTopics.ReasonCount;
import dev.shotcharts.views.report.ShotTally.Group;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link SeasonReport} as one self-contained HTML page: inline CSS and SVG, no script, and
 * a content security policy that forbids the browser to fetch anything at all.
 */
public final class ReportPage {
  private static final String CSS =
      """
      body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
      h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
      table{border-collapse:collapse;margin:.6rem 0}th,td{padding:.25rem .6rem;text-align:right;border-bottom:1px solid #eee}
      th:first-child,td:first-child,td.text,th.text{text-align:left}th{background:#f4f4f4}
      .ok{color:#1b7f3b;font-weight:bold}.bad{color:#c62828;font-weight:bold}.muted{color:#777}
      .hot{background:#fbd5d5}.cold{background:#d5e4fb}
      .grid{display:flex;flex-wrap:wrap;gap:12px}.grid figure{margin:0;width:250px}
      .grid figure svg{width:250px;height:auto}figcaption{font-size:.85rem;text-align:center}
      .league svg{max-width:500px;height:auto}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
      dt{font-weight:bold}
      """;

  private ReportPage() {}

  /** Writes {@code dir/index.html} and returns its path. */
  public static Path write(SeasonReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path page = dir.resolve("index.html");
    Files.writeString(page, html(report), StandardCharsets.UTF_8);
    return page;
  }

  public static String html(SeasonReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>Shots of the ")
        .append(r.seasonName())
        .append(" season</title>\n<style>")
        .append(CSS)
        .append("</style></head><body>\n");
    h.append("<h1>Shots of the ").append(r.seasonName()).append(" season</h1>\n");
    h.append("<p class=\"muted\">Generated ").append(r.generatedAt()).append("</p>\n");
    freshness(h, r);
    completeness(h, r);
    hops(h, r.hops());
    deadLetters(h, r.deadLetters());
    zones(h, r.league());
    GroupSections.teams(h, r);
    GroupSections.players(h, r);
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void freshness(StringBuilder h, SeasonReport r) {
    h.append("<section id=\"freshness\"><h2>Freshness</h2><dl>\n");
    dl(h, "Snapshot", r.snapshotId());
    dl(h, "Published (last merge)", String.valueOf(r.publishedAt()));
    dl(h, "Newest scraped_at", r.newestScrapedAt() == null ? "—" : r.newestScrapedAt().toString());
    long waiting = r.fresh().rows() - r.hops().snapshotRows();
    dl(
        h,
        "Not merged yet",
        waiting
            + " more events in the committed ongoing files (query --fresh), newest scraped_at "
            + (r.fresh().newestScrapedAt() == null ? "—" : r.fresh().newestScrapedAt()));
    h.append("</dl></section>\n");
  }

  private static void completeness(StringBuilder h, SeasonReport r) {
    h.append("<section id=\"completeness\"><h2>Completeness against the schedule</h2>\n")
        .append("<p>")
        .append(r.gamesPlayed())
        .append(r.gamesPlayed() == 1 ? " game" : " games")
        .append(" played by the schedule the scraper last read; ")
        .append(r.gamesInSnapshot())
        .append(" in the table; ");
    if (r.missing().isEmpty()) {
      h.append("<span class=\"ok\">none missing</span>.</p>\n");
    } else {
      h.append("<span class=\"bad\">")
          .append(r.missing().size())
          .append(
              " missing</span>:</p>\n<table id=\"missing\"><tr><th>game</th><th class=\"text\">")
          .append("date</th><th class=\"text\">matchup</th><th class=\"text\">why</th></tr>\n");
      for (MissingGame g : r.missing()) {
        h.append("<tr><td>")
            .append(esc(g.gameId()))
            .append("</td><td class=\"text\">")
            .append(esc(g.gameDate()))
            .append("</td><td class=\"text\">")
            .append(esc(g.matchup()))
            .append("</td><td class=\"text\">")
            .append(esc(g.reason()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n");
  }

  private static void hops(StringBuilder h, Hops c) {
    h.append("<section id=\"hops\"><h2>Counts at every hop</h2>\n<table id=\"hop-counts\">\n")
        .append("<tr><th class=\"text\">hop</th><th>count</th></tr>\n");
    hop(
        h,
        "markers",
        "shot markers on the pages (the last scrape of each game, readable or not)",
        c.markersScraped());
    hop(h, "kafka", "raw records in Kafka (shot_charts)", c.kafkaRecords());
    hop(h, "curated", "curated events (distinct event_id)", c.curatedEvents());
    hop(h, "duplicates", "duplicates (the same event again, dropped)", c.duplicates());
    hop(h, "dead-letters", "dead letters of the job (shot_charts_dlq)", c.deadLetters());
    hop(h, "snapshot", "rows in the season table", c.snapshotRows());
    h.append("<tr data-hop=\"export\"><td class=\"text\">rows in the export (CSV archive)</td><td>")
        .append(c.exportRows() == null ? "not exported yet" : c.exportRows())
        .append("</td></tr>\n</table>\n");
    h.append(
        c.reconciled()
            ? "<p id=\"reconciled\" class=\"ok\">Reconciled: Kafka = curated + duplicates + dead"
                + " letters, and the snapshot and the export hold every curated event once.</p>\n"
            : "<p id=\"reconciled\" class=\"bad\">Not reconciled: events wait for the next merge or"
                + " the job, or the export is older than the snapshot.</p>\n");
    h.append("</section>\n");
  }

  private static void hop(StringBuilder h, String id, String label, long count) {
    h.append("<tr data-hop=\"")
        .append(id)
        .append("\"><td class=\"text\">")
        .append(label)
        .append("</td><td>")
        .append(count)
        .append("</td></tr>\n");
  }

  private static void deadLetters(StringBuilder h, List<ReasonCount> reasons) {
    h.append("<section id=\"dead-letters\"><h2>Dead letters by reason</h2>\n");
    if (reasons.isEmpty()) {
      h.append("<p class=\"ok\">No dead letters for this season.</p></section>\n");
      return;
    }
    h.append("<table><tr><th class=\"text\">reason</th><th>records</th>")
        .append("<th class=\"text\">example</th></tr>\n");
    for (ReasonCount reason : reasons) {
      h.append("<tr><td class=\"text\" title=\"")
          .append(esc(reason.errorClass()))
          .append("\">")
          .append(esc(reason.reason()))
          .append("</td><td>")
          .append(reason.count())
          .append("</td><td class=\"text\">")
          .append(esc(reason.example()))
          .append("</td></tr>\n");
    }
    h.append("</table></section>\n");
  }

  private static void zones(StringBuilder h, Group league) {
    h.append("<section id=\"zones\"><h2>Shots and FG% by zone</h2>\n")
        .append("<table><tr><th class=\"text\">zone</th><th>attempts</th><th>share</th>")
        .append("<th>FG%</th><th>eFG%</th></tr>\n");
    int all = league.figures().attempts();
    league
        .byZone()
        .forEach(
            (zone, f) ->
                h.append("<tr><td class=\"text\">")
                    .append(esc(CourtZones.name(zone)))
                    .append("</td><td>")
                    .append(f.attempts())
                    .append("</td><td>")
                    .append(pct(all == 0 ? 0 : (double) f.attempts() / all))
                    .append("</td><td>")
                    .append(pct(f.fg()))
                    .append("</td><td>")
                    .append(pct(f.efg()))
                    .append("</td></tr>\n"));
    h.append("</table>\n<figure class=\"league chart\" data-attempts=\"")
        .append(league.figures().attempts())
        .append("\">")
        .append(chart("The league, " + league.figures().attempts() + " shots", league, List.of()))
        .append("</figure></section>\n");
  }

  static String chart(String title, Group g, List<ZoneFigures> zones) {
    SvgCanvas svg = new SvgCanvas(ShotChart.WIDTH, ShotChart.height(!zones.isEmpty()));
    ShotChart.draw(svg, title, g.shots(), zones);
    return svg.document();
  }

  private static void dl(StringBuilder h, String term, String value) {
    h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String esc(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
