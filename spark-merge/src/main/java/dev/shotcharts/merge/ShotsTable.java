package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;

import dev.shotcharts.model.Lake;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.iceberg.Table;
import org.apache.iceberg.spark.Spark3Util;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Iceberg table of every season, {@code lake.shotcharts.shots}, as Spark sees it: created on
 * first use with the layout docs/merge.md explains, and read a season at a time.
 */
final class ShotsTable {
  /** The table in Spark's catalogs. */
  static final String NAME = Lake.CATALOG + "." + Lake.TABLE_NAME;

  /**
   * Format v2, ZSTD Parquet, copy-on-write for every row-level operation (so no reader ever needs
   * delete files: DuckDB reads the data files as they are), old metadata files cleaned on commit.
   */
  static final String PROPERTIES =
      String.join(
          ", ",
          "'format-version'='2'",
          "'write.format.default'='parquet'",
          "'write.parquet.compression-codec'='zstd'",
          "'write.merge.mode'='copy-on-write'",
          "'write.update.mode'='copy-on-write'",
          "'write.delete.mode'='copy-on-write'",
          "'write.metadata.delete-after-commit.enabled'='true'",
          "'write.metadata.previous-versions-max'='20'");

  private ShotsTable() {}

  static boolean exists(SparkSession spark) {
    return spark.catalog().tableExists(NAME);
  }

  /** Creates the table unless it exists: partitioned by season, then by the game's month. */
  static void ensure(SparkSession spark) {
    if (exists(spark)) {
      return;
    }
    String columns =
        Arrays.stream(CuratedColumns.SCHEMA.fields())
            .map(f -> f.name() + " " + f.dataType().sql())
            .collect(Collectors.joining(", "));
    spark.sql("CREATE NAMESPACE IF NOT EXISTS " + Lake.CATALOG + "." + Lake.NAMESPACE);
    spark.sql(
        "CREATE TABLE IF NOT EXISTS "
            + NAME
            + " ("
            + columns
            + ") USING iceberg PARTITIONED BY (season, months(game_date)) TBLPROPERTIES ("
            + PROPERTIES
            + ")");
    // A game's shots side by side in a file: readers filtering by game or team skip the rest.
    spark.sql("ALTER TABLE " + NAME + " WRITE LOCALLY ORDERED BY game_date, game_id, event_id");
  }

  /** The season's rows in the table's current snapshot (empty when there is no table yet). */
  static Dataset<Row> season(SparkSession spark, int season) {
    if (!exists(spark)) {
      return spark.createDataFrame(java.util.List.of(), CuratedColumns.SCHEMA);
    }
    return spark.table(NAME).where(col("season").equalTo(season));
  }

  /** The table through Iceberg's own API, refreshed: snapshots, maintenance actions. */
  static Table load(SparkSession spark) {
    try {
      Table table = Spark3Util.loadIcebergTable(spark, NAME);
      table.refresh();
      return table;
    } catch (Exception e) {
      throw new MergeException("cannot load the Iceberg table " + NAME + ": " + e.getMessage(), e);
    }
  }

  /** The seasons the table holds, oldest first, from its partitions (no data file is read). */
  static java.util.List<Integer> seasons(SparkSession spark) {
    if (!exists(spark)) {
      return java.util.List.of();
    }
    return spark
        .sql("SELECT DISTINCT partition.season FROM " + NAME + ".partitions ORDER BY 1")
        .collectAsList()
        .stream()
        .map(r -> r.getInt(0))
        .toList();
  }
}
