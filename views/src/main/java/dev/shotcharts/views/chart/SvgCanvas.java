package dev.shotcharts.views.chart;

import java.util.Locale;

/** Writes the drawing as SVG text. */
public final class SvgCanvas implements Canvas {
  private final StringBuilder svg = new StringBuilder();
  private final int width;
  private final int height;

  public SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String color, double w) {
    svg.append(
        "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>\n"
            .formatted(n(x1), n(y1), n(x2), n(y2), color, n(w)));
  }

  @Override
  public void arc(double cx, double cy, double r, double from, double to, String color, double w) {
    double a = Math.toRadians(from);
    double b = Math.toRadians(to);
    boolean large = Math.abs(to - from) > 180;
    svg.append(
        "<path d=\"M %s %s A %s %s 0 %d 1 %s %s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"/>\n"
            .formatted(
                n(cx + r * Math.cos(a)),
                n(cy + r * Math.sin(a)),
                n(r),
                n(r),
                large ? 1 : 0,
                n(cx + r * Math.cos(b)),
                n(cy + r * Math.sin(b)),
                color,
                n(w)));
  }

  @Override
  public void rect(double x, double y, double w, double h, String stroke, String fill) {
    svg.append(
        "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" stroke=\"%s\" fill=\"%s\"/>\n"
            .formatted(n(x), n(y), n(w), n(h), stroke, fill));
  }

  @Override
  public void circle(double cx, double cy, double r, String stroke, String fill) {
    svg.append(
        "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" stroke=\"%s\" fill=\"%s\"/>\n"
            .formatted(n(cx), n(cy), n(r), stroke, fill));
  }

  @Override
  public void polygon(double[] xs, double[] ys, String fill, double opacity) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    svg.append(
        "<polygon points=\"%s\" fill=\"%s\" fill-opacity=\"%s\"/>\n"
            .formatted(points, fill, n(opacity)));
  }

  @Override
  public void text(double x, double y, String text, double size, String color, boolean bold) {
    svg.append(
        "<text x=\"%s\" y=\"%s\" font-family=\"sans-serif\" font-size=\"%s\" fill=\"%s\"%s>%s</text>\n"
            .formatted(
                n(x), n(y), n(size), color, bold ? " font-weight=\"bold\"" : "", escape(text)));
  }

  /** The whole document. */
  public String document() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n"
            .formatted(width, height, width, height)
        + svg
        + "</svg>\n";
  }
}
