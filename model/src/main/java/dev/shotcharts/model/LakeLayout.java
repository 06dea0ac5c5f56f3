package dev.shotcharts.model;

/** Where things live in the bucket (the S3 layout of design.md). */
public final class LakeLayout {
  public static final String DEFAULT_BUCKET = "nba-shot-charts";
  public static final String ONGOING = "shots/ongoing";
  public static final String SEASONS = "shots/seasons";
  public static final String LATEST_MARKER = "_LATEST";

  private LakeLayout() {}

  /**
   * The Flink job's bucket below {@link #ONGOING}: one per season, {@code game_date} a column in
   * the files. Jobs before this layout wrote {@code season=S/game_date=D/}; readers of the ongoing
   * area read every Parquet file below the season, so both layouts read alike.
   */
  public static String ongoingBucket(int season) {
    return "season=" + season;
  }

  public static String ongoingSeason(int season) {
    return ONGOING + "/season=" + season;
  }

  public static String seasonRoot(int season) {
    return SEASONS + "/season=" + season;
  }

  public static String snapshot(int season, String snapshotId) {
    return seasonRoot(season) + "/snapshot=" + snapshotId;
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

  public static String latestMarker(int season) {
    return seasonRoot(season) + "/" + LATEST_MARKER;
  }
}
