package dev.shotcharts.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourtGeometryTest {
  @ParameterizedTest(name = "({0},{1}) worth {2} is {3}")
  @CsvSource({
    "252, 70, 2, restricted_area",
    "280, 100, 2, paint",
    "350, 150, 2, mid_range",
    "470, 60, 3, corner_3",
    "30, 100, 3, corner_3",
    "231, 300, 3, above_break_3",
    "250, 470, 3, backcourt",
    "250, 470, 2, backcourt",
  })
  void zones(int xPx, int yPx, int value, String zone) {
    double x = CourtGeometry.xFeet(xPx);
    double y = CourtGeometry.yFeet(yPx);
    assertThat(CourtGeometry.zone(x, y, value)).isEqualTo(zone);
  }

  @ParameterizedTest
  @CsvSource({"250, 52, 0.0, 0.0", "350, 150, 10.0, 9.8", "120, 290, -13.0, 23.8"})
  void feetHaveTheBasketAtTheOrigin(int xPx, int yPx, double xFt, double yFt) {
    assertThat(CourtGeometry.xFeet(xPx)).isEqualTo(xFt);
    assertThat(CourtGeometry.yFeet(yPx)).isEqualTo(yFt);
  }

  @ParameterizedTest(name = "({0},{1}) worth {2} is {3}")
  @CsvSource({
    "0.0, 41.75, 2, mid_range", // half court itself is still the front court
    "0.0, 41.8, 2, backcourt",
    "22.0, 8.75, 3, corner_3", // the corner ends 14 ft from the baseline
    "22.0, 8.8, 3, above_break_3",
    "0.0, 4.0, 2, restricted_area", // the arc's edge counts as inside
    "0.0, 4.1, 2, paint",
    "8.0, 13.75, 2, paint", // the lane lines are paint
    "8.1, 10.0, 2, mid_range",
    "0.0, 13.8, 2, mid_range",
  })
  void zoneBoundaries(double xFt, double yFt, int value, String zone) {
    assertThat(CourtGeometry.zone(xFt, yFt, value)).isEqualTo(zone);
  }
}
