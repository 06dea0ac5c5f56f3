package dev.shotcharts.views.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a half court to the shot-chart page's geometry (500 × 472 px, 10 px a foot, the basket at
 * left 250, top 52) with the shots on it: a mark per shot for small samples (a filled dot made, a
 * cross missed), and above {@link #MARKS_UP_TO} shots hexagons coloured by field-goal percentage.
 * The title gives attempts, FG% and eFG%.
 */
public final class ShotChart {
  public static final int WIDTH = 500;
  public static final int COURT_HEIGHT = 472;
  public static final int TITLE = 56;
  public static final int LEGEND = 36;
  public static final int HEIGHT = TITLE + COURT_HEIGHT + LEGEND;

  /** The band under the legend that compares FG% by zone with the league's, when asked. */
  public static final int ZONE_BAND = 46;

  public static final int MARKS_UP_TO = 200;
  static final double HEX = 14;

  private static final String LINES = "#444444";
  private static final String MADE = "#1b7f3b";
  private static final String MISSED = "#c62828";

  private ShotChart() {}

  /** Field-goal figures of a sample. */
  public record Figures(int attempts, int made, int threesMade) {
    public double fg() {
      return attempts == 0 ? 0 : (double) made / attempts;
    }

    /** Effective FG%: a made three counts one and a half. */
    public double efg() {
      return attempts == 0 ? 0 : (made + 0.5 * threesMade) / attempts;
    }

    public static Figures of(List<ChartShot> shots) {
      int made = (int) shots.stream().filter(ChartShot::made).count();
      int threes = (int) shots.stream().filter(s -> s.made() && s.shotValue() == 3).count();
      return new Figures(shots.size(), made, threes);
    }
  }

  /** A zone's figures for the shots drawn and for the whole league in the season. */
  public record ZoneFigures(String zone, Figures shots, Figures league) {
    /** FG% less the league's, in points; null when no shot was taken there. */
    public Double versusLeague() {
      return shots.attempts() == 0 || league.attempts() == 0
          ? null
          : 100 * (shots.fg() - league.fg());
    }
  }

  /** The height of a chart with ({@code zones}) or without the zone band. */
  public static int height(boolean zones) {
    return zones ? HEIGHT + ZONE_BAND : HEIGHT;
  }

  public static Figures draw(Canvas canvas, String title, List<ChartShot> shots) {
    return draw(canvas, title, shots, List.of());
  }

  /** The chart, and under it a band of FG% by zone against the league's when {@code zones}. */
  public static Figures draw(
      Canvas canvas, String title, List<ChartShot> shots, List<ZoneFigures> zones) {
    Figures figures = Figures.of(shots);
    canvas.rect(0, 0, WIDTH, height(!zones.isEmpty()), "none", "#ffffff");
    canvas.rect(0, TITLE, WIDTH, COURT_HEIGHT, "none", "#f7f1e3");
    canvas.text(12, 24, title, 17, "#222222", true);
    canvas.text(
        12,
        46,
        String.format(
            Locale.ROOT,
            "%d attempts · FG %.1f%% · eFG %.1f%%",
            figures.attempts(),
            100 * figures.fg(),
            100 * figures.efg()),
        14,
        "#444444",
        false);
    if (shots.size() <= MARKS_UP_TO) {
      shots.forEach(s -> mark(canvas, s));
      legendMarks(canvas);
    } else {
      hexbins(canvas, shots);
      legendScale(canvas);
    }
    court(canvas);
    if (!zones.isEmpty()) {
      zoneBand(canvas, zones);
    }
    return figures;
  }

  /** One cell a zone: its FG% and the difference from the league's, red above, blue below. */
  static void zoneBand(Canvas c, List<ZoneFigures> zones) {
    double y = HEIGHT;
    c.text(12, y + 10, "FG% by zone, points against the league's", 11, "#333333", true);
    double w = (WIDTH - 12.0) / zones.size();
    for (int i = 0; i < zones.size(); i++) {
      ZoneFigures z = zones.get(i);
      Double versus = z.versusLeague();
      double x = 6 + i * w;
      String fill = versus == null ? "#eeeeee" : versus >= 0 ? "#fbd5d5" : "#d5e4fb";
      c.rect(x, y + 15, w - 2, 29, "none", fill);
      c.text(x + 4, y + 27, CourtZones.shortName(z.zone()), 10, "#333333", true);
      c.text(
          x + 4,
          y + 40,
          versus == null
              ? "no shots"
              : String.format(
                  Locale.ROOT, "%.0f%% (%+.1f)", 100 * z.shots().fg(), versus.doubleValue()),
          10,
          "#333333",
          false);
    }
  }

  /** The court lines, drawn over the shots. */
  static void court(Canvas c) {
    double o = TITLE;
    c.rect(0.5, o + 0.5, WIDTH - 1, COURT_HEIGHT - 1, LINES, "none");
    c.rect(170, o, 160, 190, LINES, "none"); // the lane, 16 ft by 19 ft
    c.arc(250, o + 190, 60, 0, 180, LINES, 1.5); // free-throw circle, the half towards half court
    c.arc(250, o + 190, 60, 180, 360, LINES, 0.8);
    c.line(220, o + 40, 280, o + 40, LINES, 2); // backboard
    c.circle(250, o + 52, 7.5, "#e65100", "none"); // rim
    c.arc(250, o + 52, 40, 0, 180, LINES, 1.2); // restricted area, 4 ft
    // Three-point line: corners 22 ft from the basket, the arc 23.75 ft.
    double cornerDepth = 52 + Math.sqrt(237.5 * 237.5 - 220 * 220);
    c.line(30, o, 30, o + cornerDepth, LINES, 1.5);
    c.line(470, o, 470, o + cornerDepth, LINES, 1.5);
    double from = Math.toDegrees(Math.atan2(cornerDepth - 52, 220));
    c.arc(250, o + 52, 237.5, from, 180 - from, LINES, 1.5);
    c.line(0, o + 470, WIDTH, o + 470, LINES, 1.5); // half court
    c.arc(250, o + 470, 60, 180, 360, LINES, 1.5);
  }

  private static void mark(Canvas c, ChartShot s) {
    double x = s.xPx();
    double y = TITLE + s.yPx();
    if (s.made()) {
      c.circle(x, y, 4.5, "#ffffff", MADE);
    } else {
      c.line(x - 4, y - 4, x + 4, y + 4, MISSED, 2);
      c.line(x - 4, y + 4, x + 4, y - 4, MISSED, 2);
    }
  }

  private static void legendMarks(Canvas c) {
    double y = TITLE + COURT_HEIGHT + 23;
    c.circle(20, y - 5, 4.5, "#ffffff", MADE);
    c.text(30, y, "made", 13, "#333333", false);
    c.line(86, y - 9, 94, y - 1, MISSED, 2);
    c.line(86, y - 1, 94, y - 9, MISSED, 2);
    c.text(100, y, "missed", 13, "#333333", false);
  }

  /** Hexagons of the page's pixels (pointy top), each coloured by the FG% of its shots. */
  static void hexbins(Canvas c, List<ChartShot> shots) {
    Map<Long, int[]> bins = new HashMap<>();
    for (ChartShot s : shots) {
      long key = hexKey(s.xPx(), s.yPx());
      int[] bin = bins.computeIfAbsent(key, k -> new int[2]);
      bin[0]++;
      bin[1] += s.made() ? 1 : 0;
    }
    int most = bins.values().stream().mapToInt(b -> b[0]).max().orElse(1);
    bins.forEach(
        (key, bin) -> {
          int q = (int) (key >> 32);
          int r = (int) (long) key;
          double cx = HEX * Math.sqrt(3) * (q + r / 2.0);
          double cy = HEX * 1.5 * r;
          // Larger hexagons where more shots were taken; colour by how often they went in.
          double size = HEX * (0.45 + 0.55 * Math.sqrt((double) bin[0] / most));
          double[] xs = new double[6];
          double[] ys = new double[6];
          for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 30);
            xs[i] = cx + size * Math.cos(angle);
            ys[i] = TITLE + cy + size * Math.sin(angle);
          }
          // A percentage of one or two shots says little: those stay faint.
          double opacity = bin[0] < 3 ? 0.3 : 0.85;
          c.polygon(xs, ys, fgColor((double) bin[1] / bin[0]), opacity);
        });
  }

  /** The axial coordinates of the hexagon holding (x, y), packed in one key. */
  static long hexKey(double x, double y) {
    double q = (Math.sqrt(3) / 3 * x - y / 3) / HEX;
    double r = (2.0 / 3 * y) / HEX;
    // Cube rounding: the nearest hexagon centre.
    double s = -q - r;
    long rq = Math.round(q);
    long rr = Math.round(r);
    long rs = Math.round(s);
    double dq = Math.abs(rq - q);
    double dr = Math.abs(rr - r);
    double ds = Math.abs(rs - s);
    if (dq > dr && dq > ds) {
      rq = -rr - rs;
    } else if (dr > ds) {
      rr = -rq - rs;
    }
    return (rq << 32) | (rr & 0xffffffffL);
  }

  /** Blue for cold (25 % and below) through pale to red for hot (65 % and above). */
  static String fgColor(double fg) {
    double t = Math.max(0, Math.min(1, (fg - 0.25) / 0.40));
    int[] cold = {44, 123, 182};
    int[] mid = {255, 255, 191};
    int[] hot = {215, 25, 28};
    int[] a = t < 0.5 ? cold : mid;
    int[] b = t < 0.5 ? mid : hot;
    double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        (int) Math.round(a[0] + (b[0] - a[0]) * u),
        (int) Math.round(a[1] + (b[1] - a[1]) * u),
        (int) Math.round(a[2] + (b[2] - a[2]) * u));
  }

  private static void legendScale(Canvas c) {
    double y = TITLE + COURT_HEIGHT + 10;
    c.text(12, y + 14, "FG%", 13, "#333333", true);
    for (int i = 0; i <= 8; i++) {
      double fg = 0.25 + 0.05 * i;
      c.rect(50 + i * 40, y, 40, 14, "none", fgColor(fg));
      c.text(50 + i * 40, y + 26, Math.round(100 * fg) + "%", 10, "#333333", false);
    }
    c.text(420, y + 12, "size: attempts", 11, "#333333", false);
  }
}
