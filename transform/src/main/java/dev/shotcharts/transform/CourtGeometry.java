package dev.shotcharts.transform;

/**
 * Places a marker on the court. The chart image is 500 x 472 px of a half court (50 x 47 ft), so
 * about 10 px per foot, with the basket centre near left 250, top 52. Court feet have the basket at
 * the origin, x to the right of the image, y away from the baseline.
 */
public final class CourtGeometry {
  static final double PX_PER_FT = 10.0;
  static final double BASKET_LEFT_PX = 250;
  static final double BASKET_TOP_PX = 52;

  /** Restricted-area arc radius. */
  static final double RESTRICTED_RADIUS_FT = 4;

  /** The paint (lane) is 16 ft wide and reaches the free-throw line 19 ft from the baseline. */
  static final double PAINT_HALF_WIDTH_FT = 8;

  static final double BASKET_FROM_BASELINE_FT = 5.25;
  static final double PAINT_DEPTH_FT = 19 - BASKET_FROM_BASELINE_FT;

  /** The straight corner three runs 14 ft out from the baseline. */
  static final double CORNER_DEPTH_FT = 14 - BASKET_FROM_BASELINE_FT;

  /** The half-court line, 47 ft from the baseline. */
  static final double HALF_COURT_FT = 47 - BASKET_FROM_BASELINE_FT;

  private CourtGeometry() {}

  public static double xFeet(int xPx) {
    return round1((xPx - BASKET_LEFT_PX) / PX_PER_FT);
  }

  public static double yFeet(int yPx) {
    return round1((yPx - BASKET_TOP_PX) / PX_PER_FT);
  }

  /** The zone of a shot from where it was taken and what it was worth. */
  public static String zone(double xFt, double yFt, int shotValue) {
    if (yFt > HALF_COURT_FT) {
      return "backcourt";
    }
    if (shotValue == 3) {
      return yFt <= CORNER_DEPTH_FT ? "corner_3" : "above_break_3";
    }
    if (Math.hypot(xFt, yFt) <= RESTRICTED_RADIUS_FT) {
      return "restricted_area";
    }
    if (Math.abs(xFt) <= PAINT_HALF_WIDTH_FT && yFt <= PAINT_DEPTH_FT) {
      return "paint";
    }
    return "mid_range";
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
