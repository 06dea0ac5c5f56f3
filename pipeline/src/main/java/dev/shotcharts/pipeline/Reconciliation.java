package dev.shotcharts.pipeline;

/** Counts at every hop of one end-to-end run; they must add up. */
public record Reconciliation(
    int gamesScraped,
    int shotsOnPages,
    int kafkaRecords,
    int curatedRows,
    int deadLetters,
    int seasonRows,
    String snapshot,
    int exportedRows) {

  /** Every raw record is curated or dead-lettered, and the season holds every curated row. */
  public boolean balanced() {
    return shotsOnPages == kafkaRecords
        && kafkaRecords == curatedRows + deadLetters
        && seasonRows == curatedRows
        && exportedRows == seasonRows;
  }

  public String table() {
    return String.join(
        "\n",
        "  games scraped                 " + gamesScraped,
        "  shot markers on the pages     " + shotsOnPages,
        "  raw records in Kafka          " + kafkaRecords,
        "  curated rows in ongoing/      " + curatedRows,
        "  dead letters                  " + deadLetters,
        "  rows in season snapshot       " + seasonRows + "  (" + snapshot + ")",
        "  rows in exports/shots-Y.tgz   " + exportedRows,
        "  " + (balanced() ? "RECONCILED: every shot accounted for" : "NOT RECONCILED"));
  }
}
