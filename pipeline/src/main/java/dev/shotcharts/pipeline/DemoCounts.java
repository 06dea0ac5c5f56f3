package dev.shotcharts.pipeline;

import java.nio.file.Path;

/**
 * What a demo counted, on either runtime: the scrape's pages, the season at both ends ({@link
 * SeasonCounts}: distinct events published, dead letters, the table's rows) and the export. The
 * season must hold exactly the distinct events published, and the export too; the report written
 * beside reconciles every hop on its page.
 */
public record DemoCounts(
    int gamesScraped, int shotsOnPages, SeasonCounts season, long exportedRows, Path report) {
  public boolean balanced() {
    return season.balanced() && exportedRows == season.tableRows();
  }

  /** The counts as the console shows them. */
  public String table() {
    return String.join(
        "\n",
        "  games scraped                  " + gamesScraped,
        "  shot markers on the pages      " + shotsOnPages,
        "  distinct events in Kafka       " + season.distinctEvents(),
        "  markers dead-lettered          "
            + season.markerDeadLetters()
            + "  (unreadable on the page)",
        "  dead letters of the job        " + season.jobDeadLetters(),
        "  rows in the season table       "
            + season.tableRows()
            + "  (snapshot "
            + season.snapshotId()
            + ")",
        "  rows in exports/shots-Y.tgz    " + exportedRows,
        "  " + (balanced() ? "RECONCILED: every shot accounted for" : "NOT RECONCILED"));
  }
}
