package dev.shotcharts.views.chart;

import dev.shotcharts.views.SeasonQuery;
import dev.shotcharts.views.chart.ShotChart.Figures;
import dev.shotcharts.views.chart.ShotChart.ZoneFigures;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** FG% by zone of a chart's shots next to the league's in the same seasons, from the lake. */
public final class ZoneComparison {
  private static final String BY_ZONE =
      "SELECT zone, count(*) AS attempts, sum(made::int) AS made,"
          + " sum((made AND shot_value = 3)::int) AS threes FROM shots%s GROUP BY zone";

  private ZoneComparison() {}

  /** {@code where} is a SQL condition over {@code shots} with a {@code ?} per parameter. */
  public static List<ZoneFigures> read(
      SeasonQuery lake, List<Integer> seasons, String where, List<Object> params)
      throws SeasonQuery.QueryException, IOException {
    Map<String, Figures> shots = byZone(lake, seasons, " WHERE " + where, params);
    Map<String, Figures> league = byZone(lake, seasons, "", List.of());
    return of(shots, league);
  }

  /** Every zone in court order; a zone without shots has empty figures. */
  public static List<ZoneFigures> of(Map<String, Figures> shots, Map<String, Figures> league) {
    Figures none = new Figures(0, 0, 0);
    return CourtZones.ZONES.stream()
        .map(z -> new ZoneFigures(z, shots.getOrDefault(z, none), league.getOrDefault(z, none)))
        .toList();
  }

  private static Map<String, Figures> byZone(
      SeasonQuery lake, List<Integer> seasons, String where, List<Object> params)
      throws SeasonQuery.QueryException, IOException {
    Map<String, Figures> figures = new HashMap<>();
    for (var row :
        lake.select(
            seasons,
            BY_ZONE.formatted(where),
            params,
            r ->
                Map.entry(
                    r.getString("zone"),
                    new Figures(r.getInt("attempts"), r.getInt("made"), r.getInt("threes"))))) {
      figures.put(row.getKey(), row.getValue());
    }
    return figures;
  }
}
