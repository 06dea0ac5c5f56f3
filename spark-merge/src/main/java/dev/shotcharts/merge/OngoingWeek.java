package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A season's ongoing files as the merge reads them: with the contract's schema, and checked before
 * anything is written, so a file of another schema or a row the contract forbids commits nothing.
 */
final class OngoingWeek {
  private final SparkSession spark;
  private final int season;

  OngoingWeek(SparkSession spark, int season) {
    this.spark = spark;
    this.season = season;
  }

  /**
   * Checks the week before anything is written: every required column present and the contract's
   * rules kept. Returns the week's rows.
   */
  long validate(Dataset<Row> ongoing, List<String> sources) {
    Row counts;
    try {
      counts =
          ongoing
              .agg(
                  count(lit(1)),
                  sum(when(CuratedColumns.anyRequiredNull(), 1).otherwise(0)),
                  sum(when(invalid(), 1).otherwise(0)))
              .first();
    } catch (RuntimeException e) { // a column of another type shows when the files are read
      throw schemaMismatch(e.getMessage(), e);
    }
    long rows = counts.getLong(0);
    if (rows > 0 && counts.getLong(1) > 0) {
      throw schemaMismatch("required columns missing or null in " + offendingFiles(sources), null);
    }
    if (rows > 0 && counts.getLong(2) > 0) {
      throw validationError(ongoing, counts.getLong(2));
    }
    return rows;
  }

  /**
   * The week's files, read with the contract's schema (no schema inference job). A file whose
   * column has another type fails when it is read; one that lacks a column the contract requires
   * shows as nulls, which {@link #offendingFiles} names. Every column, {@code game_date} included,
   * is inside the files.
   */
  Dataset<Row> read(List<String> sources) {
    return spark
        .read()
        .schema(CuratedColumns.SCHEMA)
        .option("recursiveFileLookup", "true")
        .parquet(sources.toArray(String[]::new));
  }

  /** The files (up to five) that lack a column the contract requires. */
  private List<String> offendingFiles(List<String> sources) {
    return read(sources)
        .where(CuratedColumns.anyRequiredNull())
        .select(input_file_name())
        .distinct()
        .limit(5)
        .as(Encoders.STRING())
        .collectAsList();
  }

  private MergeException schemaMismatch(String detail, Throwable cause) {
    return new MergeException(
        "ongoing files of season "
            + season
            + " do not match the curated schema: "
            + detail
            + "; nothing committed",
        cause);
  }

  /** Rows that must never reach the table: null keys, a shot value not 2 or 3, a period < 1. */
  static Column invalid() {
    return col("event_id")
        .isNull()
        .or(col("game_id").isNull())
        .or(col("game_date").isNull())
        .or(col("shot_value").isin(2, 3).unary_$bang())
        .or(col("period").lt(1));
  }

  /** A merge with any invalid row commits nothing; the error shows a few. */
  private static MergeException validationError(Dataset<Row> rows, long count) {
    List<Row> examples =
        rows.where(invalid()).select("event_id", "shot_value", "period").limit(3).collectAsList();
    return new MergeException(
        count
            + " rows fail validation (null keys, shot value not 2 or 3, period < 1),"
            + " e.g. "
            + examples
            + "; nothing committed");
  }
}
