package dev.shotcharts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyConfigTest {
  @ParameterizedTest(name = "{0} is in season {1}")
  @CsvSource({
    "2024-10-22, 2025", // opening night
    "2025-04-13, 2025",
    "2025-06-22, 2025", // the finals
    "2025-07-31, 2025",
    "2025-08-01, 2026", // the off-season looks ahead
    "2020-10-11, 2020", // the bubble finals, in October
    "2020-12-22, 2021", // a season that starts in December
    "2011-12-25, 2012", // the lockout season, also from December
    "2012-01-15, 2012"
  })
  void theSeasonOfADay(LocalDate day, int season) {
    assertThat(WeeklyConfig.seasonPlayedOn(day)).isEqualTo(season);
  }
}
