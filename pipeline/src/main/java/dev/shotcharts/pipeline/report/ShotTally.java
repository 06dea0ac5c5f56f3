package dev.shotcharts.pipeline.report;

import dev.shotcharts.pipeline.chart.ChartShot;
import dev.shotcharts.pipeline.chart.ShotChart.Figures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The season's shots summed up for the page: the league, each team and each player, by zone. */
public final class ShotTally {
  /** The curated zones in the order of the page, nearest the basket first. */
  public static final List<String> ZONES =
      List.of("restricted_area", "paint", "mid_range", "corner_3", "above_break_3", "backcourt");

  /** What the page needs of a shot. */
  public record Shot(String team, String player, String zone, ChartShot chart) {
    public static final String COLUMNS = "team, player, zone, " + ChartShot.COLUMNS;

    public static Shot of(ResultSet row) throws SQLException {
      return new Shot(
          row.getString("team"), row.getString("player"), row.getString("zone"), ChartShot.of(row));
    }
  }

  /** The shots of one team, one player or the whole league, with its figures by zone. */
  public record Group(
      String name,
      String team,
      Figures figures,
      Map<String, Figures> byZone,
      List<ChartShot> shots) {
    /** FG% in a zone less the league's there, in points; null where the group took no shot. */
    public Double versusLeague(String zone, Group league) {
      Figures mine = byZone.get(zone);
      Figures all = league.byZone().get(zone);
      return mine == null || all == null || mine.attempts() == 0
          ? null
          : 100 * (mine.fg() - all.fg());
    }
  }

  private ShotTally() {}

  public static Group league(List<Shot> shots) {
    return group("League", null, shots);
  }

  /** Every team, by code. */
  public static List<Group> teams(List<Shot> shots) {
    Map<String, List<Shot>> byTeam = new TreeMap<>();
    shots.forEach(s -> byTeam.computeIfAbsent(s.team(), k -> new ArrayList<>()).add(s));
    return byTeam.entrySet().stream()
        .map(e -> group(e.getKey(), e.getKey(), e.getValue()))
        .toList();
  }

  /** The {@code limit} players with the most attempts, most first (a player's team: his first). */
  public static List<Group> players(List<Shot> shots, int limit) {
    Map<String, List<Shot>> byPlayer = new TreeMap<>();
    shots.stream()
        .filter(s -> s.player() != null)
        .forEach(s -> byPlayer.computeIfAbsent(s.player(), k -> new ArrayList<>()).add(s));
    return byPlayer.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, List<Shot>> e) -> e.getValue().size())
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> group(e.getKey(), e.getValue().get(0).team(), e.getValue()))
        .toList();
  }

  private static Group group(String name, String team, List<Shot> shots) {
    List<ChartShot> charts = shots.stream().map(Shot::chart).toList();
    Map<String, List<ChartShot>> byZone = new LinkedHashMap<>();
    ZONES.forEach(z -> byZone.put(z, new ArrayList<>()));
    shots.forEach(s -> byZone.computeIfAbsent(s.zone(), k -> new ArrayList<>()).add(s.chart()));
    Map<String, Figures> figures = new LinkedHashMap<>();
    byZone.forEach((zone, list) -> figures.put(zone, Figures.of(list)));
    return new Group(name, team, Figures.of(charts), figures, charts);
  }
}
