package dev.shotcharts.views.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Writes a shot chart as SVG or PNG, by the file's extension. */
public final class ChartFile {
  private ChartFile() {}

  public static ShotChart.Figures write(Path out, String title, List<ChartShot> shots)
      throws IOException {
    return write(out, title, shots, List.of());
  }

  /** With a band of FG% by zone against the league's, unless {@code zones} is empty. */
  public static ShotChart.Figures write(
      Path out, String title, List<ChartShot> shots, List<ShotChart.ZoneFigures> zones)
      throws IOException {
    int height = ShotChart.height(!zones.isEmpty());
    String name = out.getFileName().toString().toLowerCase();
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    if (name.endsWith(".svg")) {
      SvgCanvas svg = new SvgCanvas(ShotChart.WIDTH, height);
      ShotChart.Figures figures = ShotChart.draw(svg, title, shots, zones);
      Files.writeString(out, svg.document(), StandardCharsets.UTF_8);
      return figures;
    }
    if (name.endsWith(".png")) {
      PngCanvas png = new PngCanvas(ShotChart.WIDTH, height);
      ShotChart.Figures figures = ShotChart.draw(png, title, shots, zones);
      ImageIO.write(png.image(), "png", out.toFile());
      return figures;
    }
    throw new IllegalArgumentException("a chart is a .svg or a .png file, not " + out);
  }
}
