package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Shots summed up per game date in one aggregation: rows and games on each date, and how many rows
 * match {@code flag} (rows without a date are counted there only).
 */
record DateSummary(Map<String, DatePartition> dates, long flagged) {

  static DateSummary of(Dataset<Row> shots, Column flag) {
    Map<String, DatePartition> dates = new TreeMap<>();
    long flagged = 0;
    for (Row row :
        shots
            .groupBy(col("game_date").cast("string").as("date"))
            .agg(
                count(lit(1)).as("rows"),
                sort_array(collect_set("game_id")).as("games"),
                sum(when(flag, 1).otherwise(0)).as("flagged"))
            .collectAsList()) {
      flagged += row.getLong(row.fieldIndex("flagged"));
      if (!row.isNullAt(0)) {
        dates.put(
            row.getString(0),
            new DatePartition(
                row.getLong(row.fieldIndex("rows")),
                List.copyOf(row.<String>getList(row.fieldIndex("games")))));
      }
    }
    return new DateSummary(dates, flagged);
  }

  long rows() {
    return DatePlan.rows(dates);
  }
}
