package dev.shotcharts.views.report;

import dev.shotcharts.views.chart.ChartShot;
import dev.shotcharts.views.chart.CourtZones;
import dev.shotcharts.views.chart.ShotChart.Figures;
import dev.shotcharts.views.chart.ShotChart.ZoneFigures;
import dev.shotcharts.views.chart.ZoneComparison;
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
    /** Each zone's figures next to the league's there. */
    public List<ZoneFigures> against(Group league) {
      return ZoneComparison.of(byZone, league.byZone());
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
    CourtZones.ZONES.forEach(z -> byZone.put(z, new ArrayList<>()));
    shots.forEach(s -> byZone.computeIfAbsent(s.zone(), k -> new ArrayList<>()).add(s.chart()));
    Map<String, Figures> figures = new LinkedHashMap<>();
    byZone.forEach((zone, list) -> figures.put(zone, Figures.of(list)));
    return new Group(name, team, Figures.of(charts), figures, charts);
  }
}
