package dev.shotcharts.cli;

import dev.shotcharts.clients.LakeClient;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.views.SeasonQuery;
import dev.shotcharts.views.chart.ChartRequest;
import java.nio.file.Path;
import java.time.LocalDate;
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
  @Mixin SeasonsOption seasons;

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
    var settings = lake.settings();
    try (var s3 = LakeClient.of(settings);
        var catalog = ShotsCatalog.open(settings)) {
      var figures =
          new ChartRequest(seasons.seasons(), player, team, game, opponent, period, from, to)
              .draw(cache.query(s3, catalog, settings), out);
      System.out.println(
          "wrote " + out + ": " + figures.attempts() + " attempts, " + figures.made() + " made");
      return 0;
    } catch (SeasonQuery.QueryException e) {
      System.err.println("chart: " + e.getMessage());
      return 1;
    }
  }
}
