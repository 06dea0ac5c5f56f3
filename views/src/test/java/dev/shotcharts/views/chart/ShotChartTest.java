package dev.shotcharts.views.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShotChartTest {
  static List<ChartShot> shots(int n, long seed) {
    Random random = new Random(seed);
    List<ChartShot> shots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean three = random.nextInt(3) == 0;
      shots.add(
          new ChartShot(
              random.nextInt(500), random.nextInt(300), random.nextInt(5) < 2, three ? 3 : 2));
    }
    return shots;
  }

  @Test
  void aSmallSampleIsOneMarkAShotWithTheFiguresInTheTitle(@TempDir Path dir) throws Exception {
    List<ChartShot> shots =
        List.of(
            new ChartShot(250, 60, true, 2),
            new ChartShot(30, 100, true, 3),
            new ChartShot(350, 150, false, 2),
            new ChartShot(231, 300, false, 3));
    Path svg = dir.resolve("c.svg");
    ShotChart.Figures figures = ChartFile.write(svg, "2025 · Jayson Tatum", shots);
    assertThat(figures).isEqualTo(new ShotChart.Figures(4, 2, 1));
    assertThat(figures.efg()).isEqualTo(2.5 / 4);
    String text = Files.readString(svg);
    assertThat(text).startsWith("<svg").contains("2025 · Jayson Tatum");
    assertThat(text).contains("4 attempts · FG 50.0% · eFG 62.5%");
    // Made: a filled dot; missed: a cross of two lines in the miss colour.
    assertThat(text.split("fill=\"#1b7f3b\"", -1)).hasSize(2 + 1 + 1); // 2 shots + legend
    assertThat(text.split("stroke=\"#c62828\"", -1)).hasSize(2 * 2 + 2 + 1);
    assertThat(text).as("the three-point arc").contains("A 237.5 237.5");
  }

  @Test
  void aLargeSampleIsHexagonsColouredByFieldGoalPercentage(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("c.svg");
    ChartFile.write(svg, "2025", shots(2_000, 3));
    String text = Files.readString(svg);
    assertThat(text).contains("<polygon").contains("FG%").doesNotContain("stroke=\"#c62828\"");
    assertThat(ShotChart.fgColor(0.0)).isEqualTo("#2c7bb6");
    assertThat(ShotChart.fgColor(0.45)).isEqualTo("#ffffbf");
    assertThat(ShotChart.fgColor(1.0)).isEqualTo("#d7191c");
    assertThat(ShotChart.hexKey(250, 52)).isEqualTo(ShotChart.hexKey(252, 53));
    assertThat(ShotChart.hexKey(250, 52)).isNotEqualTo(ShotChart.hexKey(280, 52));
  }

  @Test
  void aZoneBandSetsEachZoneAgainstTheLeague(@TempDir Path dir) throws Exception {
    Map<String, ShotChart.Figures> player =
        Map.of(
            "paint", new ShotChart.Figures(10, 6, 0), "corner_3", new ShotChart.Figures(4, 1, 1));
    Map<String, ShotChart.Figures> league =
        Map.of(
            "paint", new ShotChart.Figures(100, 50, 0),
            "corner_3", new ShotChart.Figures(100, 40, 40));
    List<ShotChart.ZoneFigures> zones = ZoneComparison.of(player, league);
    assertThat(zones).hasSize(CourtZones.ZONES.size());
    assertThat(zones.get(1).versusLeague()).isCloseTo(10.0, within(1e-9));
    assertThat(zones.get(3).versusLeague()).isCloseTo(-15.0, within(1e-9));
    assertThat(zones.get(0).versusLeague()).isNull();
    Path svg = dir.resolve("z.svg");
    ChartFile.write(svg, "2025", shots(14, 5), zones);
    String text = Files.readString(svg);
    assertThat(text).contains("height=\"" + (ShotChart.HEIGHT + ShotChart.ZONE_BAND) + "\"");
    assertThat(text).contains("60% (+10.0)").contains("25% (-15.0)").contains("no shots");
  }

  @Test
  void thePngIsTheSameDrawing(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("c.png");
    ChartFile.write(png, "2025", shots(50, 7));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(ShotChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ShotChart.HEIGHT);
    // The rim is drawn in orange at the basket, left 250, top 52 of the court.
    int rim = image.getRGB(250 + 7, ShotChart.TITLE + 52) & 0xffffff;
    assertThat(Integer.toHexString(rim)).isNotEqualTo("f7f1e3");
  }
}
