package dev.shotcharts.bench.history;

import dev.shotcharts.clients.LakeClient;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.views.SeasonQuery;
import dev.shotcharts.views.chart.ChartRequest;
import dev.shotcharts.views.chart.ShotChart;
import dev.shotcharts.views.report.ReportPage;
import dev.shotcharts.views.report.SeasonReport;
import dev.shotcharts.views.report.SeasonReportReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What a user does once the history is in the table, as the commands do it (a client and a catalog
 * of its own each time): {@code query} of one season and of all, {@code chart} of one player over
 * all seasons, {@code report} of one season. Each is timed cold (an empty cache of data files) and
 * then warm (the same cache); each result is checked.
 */
final class UserActions {
  /** A query a user would ask first: every player's attempts and FG%. */
  static final String PLAYERS_SQL =
      "SELECT player, count(*) AS attempts, avg(made::int) AS fg FROM shots"
          + " GROUP BY player ORDER BY attempts DESC";

  /** The player whose career spans the most of the synthetic seasons. */
  static final String PLAYER = "LeBron James";

  /** Seconds cold and warm of one action. */
  record Timing(String action, double coldSeconds, double warmSeconds) {}

  private interface Action {
    void run(SeasonQuery query, Path cache) throws Exception;
  }

  private final LakeSettings lake;
  private final String bootstrapServers;
  private final Path work;

  UserActions(LakeSettings lake, String bootstrapServers, Path work) {
    this.lake = lake;
    this.bootstrapServers = bootstrapServers;
    this.work = work;
  }

  Timing queryOne(int season) throws Exception {
    return time("query one season", (q, cache) -> query(q, List.of(season)));
  }

  Timing queryAll(List<Integer> seasons) throws Exception {
    return time("query all seasons", (q, cache) -> query(q, seasons));
  }

  Timing chart(List<Integer> seasons) throws Exception {
    return time(
        "chart of one player, all seasons",
        (q, cache) -> {
          ShotChart.Figures figures =
              ChartRequest.of(seasons).ofPlayer(PLAYER).draw(q, work.resolve("player.svg"));
          if (figures.attempts() == 0) {
            throw new IllegalStateException("the chart of " + PLAYER + " has no shot");
          }
        });
  }

  /** The report of the season; {@code events}: the season's distinct events it must count. */
  Timing report(int season, long events) throws Exception {
    return time(
        "report of one season",
        (q, cache) -> {
          SeasonReport report = SeasonReportReader.read(lake, bootstrapServers, cache, season);
          ReportPage.write(report, work.resolve("report"));
          SeasonReport.Hops hops = report.hops();
          if (hops.curatedEvents() != events || hops.snapshotRows() != events) {
            throw new IllegalStateException(
                "the report of season " + season + " counts " + hops + ", expected " + events);
          }
        });
  }

  private Timing time(String name, Action action) throws Exception {
    Path cache = work.resolve("cache-" + name.replace(' ', '-') + "-" + System.nanoTime());
    double[] seconds = new double[2];
    for (int i = 0; i < 2; i++) {
      long start = System.nanoTime();
      try (var s3 = LakeClient.of(lake);
          ShotsCatalog catalog = ShotsCatalog.open(lake)) {
        action.run(new SeasonQuery(s3, catalog, lake.bucket(), cache), cache);
      }
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "bench: history: %s, %s: %.2f s%n", name, i == 0 ? "cold" : "warm", seconds[i]);
    }
    return new Timing(name, seconds[0], seconds[1]);
  }

  private static void query(SeasonQuery query, List<Integer> seasons) throws Exception {
    query.run(
        seasons,
        PLAYERS_SQL,
        SeasonQuery.Format.CSV,
        new PrintStream(OutputStream.nullOutputStream()));
  }
}
