package dev.shotcharts.merge;

/**
 * How many partitions the merge's shuffles get: enough for the cores, one more per half a million
 * rows, never Spark's default 200 (which ran 200 tasks for the demo's 11 rows). A season is at most
 * about 250,000 rows, so a merge shuffles into as many partitions as there are cores.
 */
public final class ShufflePartitions {
  static final long ROWS_PER_PARTITION = 500_000;
  static final int MAX = 200;

  private ShufflePartitions() {}

  public static int forRows(long rows, int cores) {
    long byRows = (rows + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION;
    return (int) Math.min(MAX, Math.max(Math.max(1, cores), byRows));
  }
}
