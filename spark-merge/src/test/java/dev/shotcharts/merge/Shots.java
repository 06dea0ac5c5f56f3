package dev.shotcharts.merge;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Curated rows for merge tests, and ongoing files written the way the Flink job lays them out. */
final class Shots {
  static final LocalDate DATE = LocalDate.of(2024, 10, 22);

  private Shots() {}

  /** A made 2-pointer of BOS (home) against NYK, 132-109, unless the test says otherwise. */
  static Row shot(String gameId, String team, int seq, String player, Instant scrapedAt) {
    return row(
        gameId,
        DATE,
        "BOS",
        "NYK",
        team,
        seq,
        player,
        1,
        "1st quarter",
        600.0,
        true,
        2,
        10,
        300,
        100,
        5,
        3,
        132,
        109,
        "1st quarter, 10:00.0 remaining<br>"
            + player
            + " made 2-pointer from 10 ft<br>Boston now leads 5-3",
        scrapedAt);
  }

  static Row row(
      String gameId,
      LocalDate date,
      String home,
      String away,
      String team,
      int seq,
      String player,
      int period,
      String periodLabel,
      double clock,
      boolean made,
      int value,
      int distance,
      int xPx,
      int yPx,
      int teamScore,
      int opponentScore,
      Integer homePts,
      Integer awayPts,
      String tip,
      Instant scrapedAt) {
    return RowFactory.create(
        gameId + "-" + team + "-" + seq,
        gameId,
        2025,
        Date.valueOf(date),
        home,
        away,
        team,
        team.equals(home) ? away : home,
        player,
        period,
        periodLabel,
        clock,
        720.0 - clock,
        made,
        value,
        distance,
        xPx,
        yPx,
        (xPx - 250) / 10.0,
        (yPx - 52) / 10.0,
        "mid_range",
        teamScore,
        opponentScore,
        homePts,
        awayPts,
        tip,
        "http://site/" + gameId + ".html",
        Timestamp.from(scrapedAt),
        Timestamp.from(scrapedAt.plusSeconds(5)));
  }

  static Dataset<Row> frame(SparkSession spark, List<Row> rows) {
    return spark.createDataFrame(rows, CuratedColumns.SCHEMA);
  }

  /** The same shots on another game date. */
  static List<Row> onDate(List<Row> rows, LocalDate date) {
    return rows.stream()
        .map(
            r -> {
              Object[] values = new Object[r.length()];
              for (int i = 0; i < values.length; i++) {
                values[i] = r.get(i);
              }
              values[CuratedColumns.SCHEMA.fieldIndex("game_date")] = Date.valueOf(date);
              return RowFactory.create(values);
            })
        .toList();
  }

  /**
   * One committed ongoing part file in {@code season=2025/game_date=D/} (D the first row's date),
   * as Flink writes them: every column, the game date included, inside the file.
   */
  static void writeOngoing(SparkSession spark, String lake, String name, List<Row> rows) {
    frame(spark, rows)
        .coalesce(1)
        .write()
        .mode(SaveMode.Append)
        .option("compression", "snappy")
        .parquet(
            lake
                + "/shots/ongoing/season=2025/game_date="
                + rows.get(0).getDate(3).toLocalDate()
                + "/"
                + name);
  }
}
