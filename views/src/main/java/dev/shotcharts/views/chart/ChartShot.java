package dev.shotcharts.views.chart;

import java.sql.ResultSet;
import java.sql.SQLException;

/** What a chart needs of a shot: where the marker sits on the page's court, and the outcome. */
public record ChartShot(int xPx, int yPx, boolean made, int shotValue) {
  /** The curated columns a chart reads, for a {@code SELECT}. */
  public static final String COLUMNS = "x_px, y_px, made, shot_value";

  /** A row selected with {@link #COLUMNS}. */
  public static ChartShot of(ResultSet row) throws SQLException {
    return new ChartShot(
        row.getInt("x_px"), row.getInt("y_px"), row.getBoolean("made"), row.getInt("shot_value"));
  }
}
