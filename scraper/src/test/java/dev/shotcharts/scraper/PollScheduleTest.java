package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  static final LocalDate TODAY = LocalDate.of(2024, 11, 4);
  static final ZonedDateTime EVENING = TODAY.atTime(20, 30).atZone(FollowConfig.SITE_ZONE);
  static final ZonedDateTime MORNING = TODAY.atTime(9, 0).atZone(FollowConfig.SITE_ZONE);

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
    assertThat(polls.next(upcoming(TODAY), 0, EVENING)).isEqualTo(polls.gameNight());
    // Before the first tip-off of a game day: the normal pace.
    assertThat(polls.next(upcoming(TODAY), 0, MORNING)).isEqualTo(polls.normal());
    // A game of yesterday still without a box score just after midnight: still on.
    ZonedDateTime lateNight = TODAY.atTime(1, 0).atZone(FollowConfig.SITE_ZONE);
    assertThat(polls.next(upcoming(TODAY.minusDays(1)), 0, lateNight)).isEqualTo(polls.gameNight());
    // A played game whose chart page is not up yet, at any hour.
    assertThat(polls.next(upcoming(), 1, MORNING)).isEqualTo(polls.gameNight());
    assertThat(polls.next(upcoming(TODAY.plusDays(2)), 0, EVENING)).isEqualTo(polls.normal());
    assertThat(polls.next(upcoming(TODAY.plusDays(3)), 0, EVENING)).isEqualTo(polls.idle());
    assertThat(polls.next(upcoming(), 0, EVENING)).isEqualTo(polls.idle());
  }
}
