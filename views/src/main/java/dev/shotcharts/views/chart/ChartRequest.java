package dev.shotcharts.views.chart;

import dev.shotcharts.views.SeasonQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code chart} draws: the shots of some seasons, each filter null when not asked. A filtered
 * chart is set against the league in the same seasons: FG% by zone, in points above or below.
 */
public record ChartRequest(
    List<Integer> seasons,
    String player,
    String team,
    String game,
    String opponent,
    Integer period,
    LocalDate from,
    LocalDate to) {

  /** Every shot of the seasons. */
  public static ChartRequest of(List<Integer> seasons) {
    return new ChartRequest(seasons, null, null, null, null, null, null, null);
  }

  public ChartRequest ofPlayer(String name) {
    return new ChartRequest(seasons, name, team, game, opponent, period, from, to);
  }

  /** Draws the chart into {@code out} (SVG or PNG by its name); its attempts and makes. */
  public ShotChart.Figures draw(SeasonQuery lake, Path out)
      throws SeasonQuery.QueryException, IOException {
    Where where = new Where();
    where.add("player = ?", player, player);
    where.add("team = ?", team, team);
    where.add("game_id = ?", game, game);
    where.add("opponent = ?", opponent, "vs " + opponent);
    where.add("period = ?", period, "period " + period);
    where.add("game_date >= ?", from, "from " + from);
    where.add("game_date <= ?", to, "to " + to);
    String sql =
        "SELECT "
            + ChartShot.COLUMNS
            + " FROM shots"
            + (where.sql.isEmpty() ? "" : " WHERE " + String.join(" AND ", where.sql));
    List<ChartShot> shots = lake.select(seasons, sql, where.params, ChartShot::of);
    List<ShotChart.ZoneFigures> zones =
        where.sql.isEmpty()
            ? List.of()
            : ZoneComparison.read(lake, seasons, String.join(" AND ", where.sql), where.params);
    String title =
        seasonNames() + (where.label.isEmpty() ? "" : " · " + String.join(" · ", where.label));
    return ChartFile.write(out, title, shots, zones);
  }

  /** "2024-25", or "2000-01 to 2025-26" for a range. */
  private String seasonNames() {
    String first = name(seasons.get(0));
    int last = seasons.get(seasons.size() - 1);
    return seasons.size() == 1 ? first : first + " to " + name(last);
  }

  private static String name(int season) {
    return (season - 1) + "-" + String.format("%02d", season % 100);
  }

  /** The chart's conditions, their parameters and their words in the title. */
  private static final class Where {
    final List<String> sql = new ArrayList<>();
    final List<Object> params = new ArrayList<>();
    final List<String> label = new ArrayList<>();

    void add(String condition, Object value, String text) {
      if (value != null) {
        sql.add(condition);
        params.add(value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
        label.add(text);
      }
    }
  }
}
