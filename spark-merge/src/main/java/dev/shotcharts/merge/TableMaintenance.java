package dev.shotcharts.merge;

import java.time.Duration;
import java.time.Instant;
import org.apache.iceberg.Table;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.spark.actions.SparkActions;
import org.apache.spark.sql.SparkSession;

/**
 * The table's housekeeping after a merge, with Iceberg's own actions: compact a season's small data
 * files when they pile up, expire snapshots beyond the kept number, remove files no snapshot
 * references once they are old enough. Each is safe to repeat, so a merge that dies during one
 * leaves it to the next.
 */
final class TableMaintenance {
  /**
   * A partition is compacted once it holds this many files smaller than Iceberg's target (Iceberg's
   * own default): each weekly merge adds a file per month it touches.
   */
  static final int COMPACT_MIN_FILES = 5;

  private final SparkSession spark;

  TableMaintenance(SparkSession spark) {
    this.spark = spark;
  }

  /** Rewrites the season's small files into fewer; returns how many files it replaced. */
  int compact(Table table, int season) {
    return SparkActions.get(spark)
        .rewriteDataFiles(table)
        .filter(Expressions.equal("season", season))
        .option("min-input-files", String.valueOf(COMPACT_MIN_FILES))
        .execute()
        .rewrittenDataFilesCount();
  }

  /** Keeps the newest {@code keep} snapshots; returns how many it expired. */
  int expireSnapshots(Table table, int keep) {
    int before = size(table.snapshots());
    if (before <= keep) {
      return 0; // nothing to expire: spare the action's Spark jobs
    }
    SparkActions.get(spark)
        .expireSnapshots(table)
        .expireOlderThan(System.currentTimeMillis())
        .retainLast(keep)
        .execute();
    table.refresh();
    return before - size(table.snapshots());
  }

  /** Deletes files below the table that no snapshot references and are older than {@code age}. */
  int removeOrphans(Table table, Duration age) {
    var result =
        SparkActions.get(spark)
            .deleteOrphanFiles(table)
            .olderThan(Instant.now().minus(age).toEpochMilli())
            .execute();
    int removed = 0;
    for (String ignored : result.orphanFileLocations()) {
      removed++;
    }
    return removed;
  }

  private static int size(Iterable<?> items) {
    int n = 0;
    for (Object ignored : items) {
      n++;
    }
    return n;
  }
}
