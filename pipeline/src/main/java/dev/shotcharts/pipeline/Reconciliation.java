package dev.shotcharts.pipeline;

/**
 * Counts at every hop of one end-to-end run; they must add up. {@code markerDeadLetters} are the
 * scraper's (markers it could not read, as it counted them), {@code markerDeadLettersInKafka} the
 * same read back from the dead-letter topic, {@code deadLetters} the job's.
 */
public record Reconciliation(
    int gamesScraped,
    int shotsOnPages,
    int kafkaRecords,
    int markerDeadLetters,
    int markerDeadLettersInKafka,
    int curatedRows,
    int deadLetters,
    long seasonRows,
    long snapshotId,
    int exportedRows,
    String catalogUri,
    java.nio.file.Path catalogProperties) {

  /**
   * Every marker is a raw record or a dead letter of the scraper, every raw record is curated or
   * dead-lettered by the job, and the season holds every curated row.
   */
  public boolean balanced() {
    return shotsOnPages == kafkaRecords + markerDeadLetters
        && markerDeadLetters == markerDeadLettersInKafka
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
        "  markers dead-lettered         "
            + markerDeadLettersInKafka
            + "  (unreadable on the page)",
        "  curated rows in ongoing/      " + curatedRows,
        "  dead letters                  " + deadLetters,
        "  rows in the season table      " + seasonRows + "  (snapshot " + snapshotId + ")",
        "  rows in exports/shots-Y.tgz   " + exportedRows,
        "  " + (balanced() ? "RECONCILED: every shot accounted for" : "NOT RECONCILED"),
        "",
        catalogLine(catalogUri, catalogProperties));
  }

  /** Where other readers find the table: the catalog, the table, its properties file. */
  public static String catalogLine(String catalogUri, java.nio.file.Path properties) {
    return "  iceberg catalog   "
        + catalogUri
        + "  table "
        + dev.shotcharts.model.Lake.TABLE_NAME
        + "  properties "
        + properties.toAbsolutePath();
  }
}
