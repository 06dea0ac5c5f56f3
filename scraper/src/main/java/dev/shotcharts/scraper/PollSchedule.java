package dev.shotcharts.scraper;

import java.time.Duration;
import java.time.LocalDate;

/**
 * How long the follower waits before it looks at the schedule again: often while a game is on or
 * its chart is awaited, rarely when nothing is scheduled, and in between otherwise. Every poll is
 * one conditional request, so even game nights stay far inside the site's limit.
 *
 * @param normal games are scheduled in the next days, none today
 * @param gameNight a game dated today (or earlier) has no box score yet, or a played game's chart
 *     page is not published yet
 * @param idle nothing is scheduled within {@link #IDLE_AFTER}
 */
public record PollSchedule(Duration normal, Duration gameNight, Duration idle) {
  public static final PollSchedule DEFAULT =
      new PollSchedule(Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofMinutes(60));

  /** No game in this many days from today: the off-season, the All-Star break. */
  public static final int IDLE_AFTER = 2;

  /** Every poll interval at once (tests, benchmarks). */
  public static PollSchedule every(Duration interval) {
    return new PollSchedule(interval, interval, interval);
  }

  public Duration next(ScheduleParser.Rows schedule, int pendingGames, LocalDate today) {
    boolean onTonight =
        schedule.upcoming().stream().anyMatch(g -> !g.date().isAfter(today)) || pendingGames > 0;
    if (onTonight) {
      return gameNight;
    }
    boolean soon =
        schedule.upcoming().stream().anyMatch(g -> !g.date().isAfter(today.plusDays(IDLE_AFTER)));
    return soon ? normal : idle;
  }
}
