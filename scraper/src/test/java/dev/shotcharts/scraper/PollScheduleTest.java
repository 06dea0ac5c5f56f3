package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  static final LocalDate TODAY = LocalDate.of(2024, 11, 4);

  static ScheduledGame on(LocalDate date) {
    return new ScheduledGame("x", 2025, date, "NYK", "BOS", null, null);
  }

  static ScheduleParser.Rows upcoming(LocalDate... dates) {
    return new ScheduleParser.Rows(
        List.of(), java.util.Arrays.stream(dates).map(PollScheduleTest::on).toList());
  }

  @Test
  void oftenOnGameNightsRarelyWhenNothingIsScheduled() {
    PollSchedule polls = PollSchedule.DEFAULT;
    assertThat(polls.next(upcoming(TODAY), 0, TODAY)).isEqualTo(polls.gameNight());
    // A game of yesterday still without a box score (it ended after midnight): still on.
    assertThat(polls.next(upcoming(TODAY.minusDays(1)), 0, TODAY)).isEqualTo(polls.gameNight());
    // A played game whose chart page is not up yet.
    assertThat(polls.next(upcoming(), 1, TODAY)).isEqualTo(polls.gameNight());
    assertThat(polls.next(upcoming(TODAY.plusDays(2)), 0, TODAY)).isEqualTo(polls.normal());
    assertThat(polls.next(upcoming(TODAY.plusDays(3)), 0, TODAY)).isEqualTo(polls.idle());
    assertThat(polls.next(upcoming(), 0, TODAY)).isEqualTo(polls.idle());
  }
}
