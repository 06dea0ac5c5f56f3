package dev.shotcharts.views.chart;

/**
 * What a shot chart is drawn with, in the page's pixels: the SVG writer and the PNG painter draw
 * the same calls, so both files show the same picture.
 */
public interface Canvas {
  void line(double x1, double y1, double x2, double y2, String color, double width);

  /** An arc of the circle at (cx, cy) from angle {@code from} to {@code to}, degrees, 0 = east. */
  void arc(double cx, double cy, double r, double from, double to, String color, double width);

  void rect(double x, double y, double w, double h, String stroke, String fill);

  void circle(double cx, double cy, double r, String stroke, String fill);

  /** A filled polygon; {@code opacity} 0 to 1. */
  void polygon(double[] xs, double[] ys, String fill, double opacity);

  void text(double x, double y, String text, double size, String color, boolean bold);
}
