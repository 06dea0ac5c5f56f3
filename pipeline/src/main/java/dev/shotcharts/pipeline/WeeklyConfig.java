package dev.shotcharts.pipeline;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.ScrapeConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@code weekly} is told: the scrape of the last days, how long to wait for the Flink job, the
 * lake, Spark master and event log directory (may be null) of the merge and the export, and which
 * of those steps to take (all by default; an orchestrator's task takes one).
 */
public record WeeklyConfig(
    ScrapeConfig scrape,
    String flinkGroup,
    Duration flinkWait,
    Duration flinkStall,
    LakeSettings lake,
    String master,
    String eventLogDir,
    Set<Weekly.Step> steps) {

  public WeeklyConfig {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a weekly run needs at least one step");
    }
    steps = Set.copyOf(steps);
  }

  /** Every step, scrape to export. */
  public static final Set<Weekly.Step> ALL_STEPS = EnumSet.allOf(Weekly.Step.class);

  public static final int DEFAULT_DAYS = 7;
  public static final int DEFAULT_WAIT_MINUTES = 30;
  public static final String DEFAULT_FLINK_GROUP = Topics.FLINK_GROUP;

  /**
   * A running job commits its offsets on every checkpoint (10 s): a lag that has not shrunk for
   * this long means no job is consuming, said at once rather than after the whole wait.
   */
  public static final Duration DEFAULT_STALL = Duration.ofMinutes(2);

  /**
   * The season being played (or next to be played) on {@code day}. Seasons are named by the year
   * they end; a season is over by the end of July, except 2020, whose bubble finals ran into
   * October 2020 (the 2021 season then started in December, as 2012's did after the lockout).
   */
  public static int seasonPlayedOn(LocalDate day) {
    int year = day.getYear();
    LocalDate over = year == 2020 ? LocalDate.of(2020, 10, 31) : LocalDate.of(year, 7, 31);
    return day.isAfter(over) ? year + 1 : year;
  }
}
