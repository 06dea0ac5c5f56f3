package dev.shotcharts.model;

/**
 * Where things live below the lake's root: the Flink job's staging area, the Iceberg warehouse and
 * the legacy exports.
 */
public final class LakeLayout {
  public static final String DEFAULT_BUCKET = "nba-shot-charts";
  public static final String ONGOING = "shots/ongoing";

  /** The Iceberg catalog's warehouse: the table's data and metadata files. */
  public static final String WAREHOUSE = "warehouse";

  private LakeLayout() {}

  /**
   * The Flink job's bucket below {@link #ONGOING}: one per season, {@code game_date} a column in
   * the files.
   */
  public static String ongoingBucket(int season) {
    return "season=" + season;
  }

  public static String ongoingSeason(int season) {
    return ONGOING + "/season=" + season;
  }

  /**
   * The original dataset names a season by the year it starts: {@code shots-2024} holds 2024-25,
   * Basketball-Reference's {@code NBA_2025}.
   */
  public static String exportName(int season) {
    return "shots-" + (season - 1);
  }

  /** The legacy CSV archive of a season, {@code exports/shots-Y.tgz} with Y its start year. */
  public static String export(int season) {
    return "exports/" + exportName(season) + ".tgz";
  }
}
