package dev.shotcharts.views.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Paints the drawing into an image (Java2D), for PNG files. */
public final class PngCanvas implements Canvas {
  private final BufferedImage image;
  private final Graphics2D g;

  public PngCanvas(int width, int height) {
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
  }

  private static Color color(String hex) {
    return hex.equals("none") ? null : Color.decode(hex);
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String c, double w) {
    g.setColor(color(c));
    g.setStroke(new BasicStroke((float) w));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void arc(double cx, double cy, double r, double from, double to, String c, double w) {
    g.setColor(color(c));
    g.setStroke(new BasicStroke((float) w));
    // Java2D's angles run counter-clockwise on screen; the drawing's run clockwise (y down).
    g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, -from, -(to - from), Arc2D.OPEN));
  }

  @Override
  public void rect(double x, double y, double w, double h, String stroke, String fill) {
    Rectangle2D shape = new Rectangle2D.Double(x, y, w, h);
    fill(shape, fill);
    stroke(shape, stroke);
  }

  @Override
  public void circle(double cx, double cy, double r, String stroke, String fill) {
    Ellipse2D shape = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    fill(shape, fill);
    stroke(shape, stroke);
  }

  @Override
  public void polygon(double[] xs, double[] ys, String fill, double opacity) {
    Path2D path = new Path2D.Double();
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    path.closePath();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
    fill(path, fill);
    g.setComposite(AlphaComposite.SrcOver);
  }

  @Override
  public void text(double x, double y, String text, double size, String c, boolean bold) {
    g.setColor(color(c));
    g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
    g.drawString(text, (float) x, (float) y);
  }

  private void fill(java.awt.Shape shape, String fill) {
    if (color(fill) != null) {
      g.setColor(color(fill));
      g.fill(shape);
    }
  }

  private void stroke(java.awt.Shape shape, String stroke) {
    if (color(stroke) != null) {
      g.setColor(color(stroke));
      g.setStroke(new BasicStroke(1.5f));
      g.draw(shape);
    }
  }

  public BufferedImage image() {
    g.dispose();
    return image;
  }
}
