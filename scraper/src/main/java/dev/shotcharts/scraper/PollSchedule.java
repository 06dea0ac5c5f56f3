package dev.shotcharts.scraper;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * How long the follower waits before it looks at the schedule again: often while a game is on or
 * its chart is awaited, rarely when nothing is scheduled, and in between otherwise. Every poll is
 * one conditional request, so even game nights stay far inside the site's limit.
 *
 * @param normal games are scheduled in the next days, none today
 * @param gameNight between noon and 3 a.m. on the site's clock (NBA games tip off from noon to
 *     10:30 p.m. Eastern), while a game dated today or earlier has no box score yet, or whenever a
 *     played game's chart page is not published yet
 * @param idle nothing is scheduled within {@link #IDLE_AFTER}
 */
public record PollSchedule(Duration normal, Duration gameNight, Duration idle) {
  public static final PollSchedule DEFAULT =
      new PollSchedule(Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofMinutes(60));

  /** Game hours on the site's clock: the earliest tip-off, and the hour the last game is over. */
  static final int FIRST_TIP_HOUR = 12;

  static final int LAST_FINAL_HOUR = 3;

  /** No game in this many days from today: the off-season, the All-Star break. */
  public static final int IDLE_AFTER = 2;

  /** Every poll interval at once (tests, benchmarks). */
  public static PollSchedule every(Duration interval) {
    return new PollSchedule(interval, interval, interval);
  }

  /** {@code now} on the site's clock. */
  public Duration next(ScheduleParser.Rows schedule, int pendingGames, ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    boolean gameHours = now.getHour() >= FIRST_TIP_HOUR || now.getHour() < LAST_FINAL_HOUR;
    boolean onTonight =
        gameHours && schedule.upcoming().stream().anyMatch(g -> !g.date().isAfter(today));
    if (onTonight || pendingGames > 0) {
      return gameNight;
    }
    boolean soon =
        schedule.upcoming().stream().anyMatch(g -> !g.date().isAfter(today.plusDays(IDLE_AFTER)));
    return soon ? normal : idle;
  }
}
