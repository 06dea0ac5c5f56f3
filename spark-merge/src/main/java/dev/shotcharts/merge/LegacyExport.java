package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import dev.shotcharts.model.Team;
import dev.shotcharts.model.Teams;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;

/**
 * The original dataset's CSV columns, so existing readers of {@code shots-YYYY.tgz} keep working:
 * {@code x} is the marker's top and {@code y} its left, both as {@code NNNpx}; {@code play} the
 * whole tooltip; {@code quarter} the period as digits (overtimes 5, 6, …); distance as {@code
 * NNft}; team names short, as the tooltips write them; scores after the shot, from the winner's and
 * the loser's side.
 */
public final class LegacyExport {
  public static final List<String> COLUMNS =
      List.of(
          "game_id",
          "year",
          "month",
          "day",
          "winner",
          "loser",
          "x",
          "y",
          "play",
          "time_remaining",
          "quarter",
          "shots_by",
          "outcome",
          "attempt",
          "distance",
          "team",
          "winner_score",
          "loser_score");

  private LegacyExport() {}

  public static Dataset<Row> rows(Dataset<Row> season, int seasonYear) {
    Column shortNames = shortNames(seasonYear);
    // The final score from the schedule page; a game without one falls back to the highest score
    // each side reached in its shots (scores only grow), so the winner is never a guess by default.
    WindowSpec game = Window.partitionBy("game_id");
    Column homeShooting = col("team").equalTo(col("home_team"));
    Column homeFinal =
        coalesce(
            col("home_pts"),
            max(when(homeShooting, col("team_score")).otherwise(col("opponent_score"))).over(game));
    Column awayFinal =
        coalesce(
            col("away_pts"),
            max(when(homeShooting, col("opponent_score")).otherwise(col("team_score"))).over(game));
    Column homeWon = homeFinal.gt(awayFinal);
    Column winner = when(homeWon, col("home_team")).otherwise(col("away_team"));
    Column loser = when(homeWon, col("away_team")).otherwise(col("home_team"));
    Column shooterWon = col("team").equalTo(winner);
    return season
        .select(
            col("game_id"),
            year(col("game_date")).as("year"),
            month(col("game_date")).as("month"),
            dayofmonth(col("game_date")).as("day"),
            element_at(shortNames, winner).as("winner"),
            element_at(shortNames, loser).as("loser"),
            concat(col("y_px"), lit("px")).as("x"),
            concat(col("x_px"), lit("px")).as("y"),
            col("tip").as("play"),
            regexp_extract(col("tip"), "^[^,]*, ([0-9]+:[0-9.]+) remaining", 1)
                .as("time_remaining"),
            col("period").cast("string").as("quarter"),
            col("player").as("shots_by"),
            when(col("made"), lit("made")).otherwise(lit("missed")).as("outcome"),
            concat(col("shot_value"), lit("-pointer")).as("attempt"),
            concat(col("distance_ft"), lit("ft")).as("distance"),
            element_at(shortNames, col("team")).as("team"),
            when(shooterWon, col("team_score")).otherwise(col("opponent_score")).as("winner_score"),
            when(shooterWon, col("opponent_score")).otherwise(col("team_score")).as("loser_score"),
            col("elapsed_s"),
            col("event_id"))
        .orderBy(col("game_id"), col("elapsed_s"), col("event_id"))
        .drop("elapsed_s", "event_id");
  }

  /** Team code to the short name of that season, as a SQL map. */
  private static Column shortNames(int season) {
    List<Column> pairs = new ArrayList<>();
    for (Team team : Teams.all()) {
      if (team.playedIn(season)) {
        pairs.add(lit(team.code()));
        pairs.add(lit(team.shortName()));
      }
    }
    return functions.map(pairs.toArray(Column[]::new));
  }
}
