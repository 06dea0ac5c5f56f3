package dev.shotcharts.cli;

import dev.shotcharts.engines.LakeClient;
import dev.shotcharts.engines.ShotsCatalog;
import dev.shotcharts.pipeline.SeasonQuery;
import dev.shotcharts.pipeline.chart.ChartFile;
import dev.shotcharts.pipeline.chart.ChartShot;
import dev.shotcharts.pipeline.chart.ShotChart;
import dev.shotcharts.pipeline.chart.ZoneComparison;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts chart}: a shot chart of the published lake, as SVG or PNG. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description =
        "Draw a shot chart from the published season: marks for up to 200 shots, hexagons by FG%%"
            + " above; a filtered chart adds FG%% by zone against the league's; e.g. chart --season 2025 --player 'Jayson Tatum' --out tatum.svg.")
public final class ChartCommand implements Callable<Integer> {
  @Option(names = "--season", required = true, description = "Season by the year it ends.")
  int season;

  @Option(names = "--player", description = "Only this player's shots (full name).")
  String player;

  @Option(names = "--team", description = "Only this team's shots (code, e.g. BOS).")
  String team;

  @Option(names = "--game", description = "Only this game (id, e.g. 202410220BOS).")
  String game;

  @Option(names = "--opponent", description = "Only against this team (code).")
  String opponent;

  @Option(names = "--period", description = "Only this period (1-4, 5 = first overtime, ...).")
  Integer period;

  @Option(names = "--from", description = "First game date.")
  LocalDate from;

  @Option(names = "--to", description = "Last game date.")
  LocalDate to;

  @Option(names = "--out", required = true, description = "FILE.svg or FILE.png.")
  Path out;

  @Mixin LakeCacheOptions cache;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    List<String> label = new ArrayList<>();
    filter(where, params, label, "player = ?", player, player);
    filter(where, params, label, "team = ?", team, team);
    filter(where, params, label, "game_id = ?", game, game);
    filter(where, params, label, "opponent = ?", opponent, "vs " + opponent);
    filter(where, params, label, "period = ?", period, "period " + period);
    filter(where, params, label, "game_date >= ?", from, "from " + from);
    filter(where, params, label, "game_date <= ?", to, "to " + to);
    String sql =
        "SELECT "
            + ChartShot.COLUMNS
            + " FROM shots"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    var settings = lake.settings();
    try (var s3 = LakeClient.of(settings);
        var catalog = ShotsCatalog.open(settings)) {
      SeasonQuery query = cache.query(s3, catalog, settings);
      List<ChartShot> shots = query.select(List.of(season), sql, params, ChartShot::of);
      // A filtered chart is set against the league: FG% by zone, in points above or below.
      List<ShotChart.ZoneFigures> zones =
          where.isEmpty()
              ? List.of()
              : ZoneComparison.read(query, season, String.join(" AND ", where), params);
      String seasonName = (season - 1) + "-" + String.format("%02d", season % 100);
      String title = seasonName + (label.isEmpty() ? "" : " · " + String.join(" · ", label));
      var figures = ChartFile.write(out, title, shots, zones);
      System.out.println(
          "wrote " + out + ": " + figures.attempts() + " attempts, " + figures.made() + " made");
      return 0;
    } catch (SeasonQuery.QueryException e) {
      System.err.println("chart: " + e.getMessage());
      return 1;
    }
  }

  private static void filter(
      List<String> where,
      List<Object> params,
      List<String> label,
      String sql,
      Object value,
      String text) {
    if (value != null) {
      where.add(sql);
      params.add(value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
      label.add(text);
    }
  }
}
