package dev.shotcharts.merge;

import java.time.Duration;
import java.time.Instant;
import org.apache.iceberg.Table;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.spark.actions.SparkActions;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  /** The table property that records when orphan files were last removed. */
  static final String ORPHANS_REMOVED_AT = "shotcharts.orphans-removed-at";

  private static final Logger LOG = LoggerFactory.getLogger(TableMaintenance.class);

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
    table.refresh(); // the compaction may have committed
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

  /**
   * Deletes files below the table that no snapshot references and are older than {@code age}, at
   * most once per {@code age}: a file younger than it is kept anyway, and the listing of the whole
   * table costs seconds every merge would pay. The last run's time is a table property.
   */
  int removeOrphans(Table table, Duration age) {
    Instant now = Instant.now();
    String last = table.properties().get(ORPHANS_REMOVED_AT);
    if (last != null && Instant.parse(last).plus(age).isAfter(now)) {
      LOG.info(
          "orphan files were removed at {}; next after {}", last, Instant.parse(last).plus(age));
      return 0;
    }
    var result =
        SparkActions.get(spark)
            .deleteOrphanFiles(table)
            .olderThan(now.minus(age).toEpochMilli())
            .execute();
    int removed = 0;
    for (String ignored : result.orphanFileLocations()) {
      removed++;
    }
    table.updateProperties().set(ORPHANS_REMOVED_AT, now.toString()).commit();
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
