package dev.shotcharts.views.chart;

import java.util.List;
import java.util.Map;

/** The curated {@code zone} values in court order, nearest the basket first, and their names. */
public final class CourtZones {
  public static final List<String> ZONES =
      List.of("restricted_area", "paint", "mid_range", "corner_3", "above_break_3", "backcourt");

  private static final Map<String, String> NAMES =
      Map.of(
          "restricted_area", "Restricted area",
          "paint", "Paint (non-RA)",
          "mid_range", "Mid-range",
          "corner_3", "Corner 3",
          "above_break_3", "Above the break 3",
          "backcourt", "Backcourt");

  private static final Map<String, String> SHORT_NAMES =
      Map.of(
          "restricted_area", "RA",
          "paint", "Paint",
          "mid_range", "Mid",
          "corner_3", "Corner 3",
          "above_break_3", "Above 3",
          "backcourt", "Back");

  private CourtZones() {}

  public static String name(String zone) {
    return NAMES.getOrDefault(zone, zone);
  }

  public static String shortName(String zone) {
    return SHORT_NAMES.getOrDefault(zone, zone);
  }
}
