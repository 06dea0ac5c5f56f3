package dev.shotcharts.pipeline;

import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.ScrapeConfig;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What {@code weekly} is told: the scrape of the last days, how long to wait for the Flink job, and
 * the lake and Spark master of the merge and the export.
 */
public record WeeklyConfig(
    ScrapeConfig scrape, String flinkGroup, Duration flinkWait, LakeSettings lake, String master) {

  public static final int DEFAULT_DAYS = 7;
  public static final int DEFAULT_WAIT_MINUTES = 30;
  public static final String DEFAULT_FLINK_GROUP = Topics.FLINK_GROUP;

  /** Seasons are named by the year they end; a season starts in the autumn. */
  public static int seasonPlayedOn(LocalDate day) {
    return day.getMonthValue() >= 8 ? day.getYear() + 1 : day.getYear();
  }
}
