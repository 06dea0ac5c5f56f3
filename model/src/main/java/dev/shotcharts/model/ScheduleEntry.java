package dev.shotcharts.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What the scraper last knew of one played game of a season's schedule: written to the compacted
 * topic {@code shot_charts_schedule} (key = game id) at the end of every run, so a report can list
 * the games the schedule says were played and say why one is not in the lake.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScheduleEntry(
    String gameId,
    int season,
    String gameDate,
    String homeTeam,
    String awayTeam,
    Status status,
    String reason,
    String checkedAt) {

  /** The outcome of the game in the run that wrote the entry. */
  public enum Status {
    /** Its shots were published in this run. */
    PUBLISHED,
    /** Already published by an earlier run, so not fetched. */
    ALREADY_PUBLISHED,
    /** Its page could not be fetched or parsed; {@code reason} says why. */
    FAILED,
    /** The run stopped (the site said stop) before it came to this game. */
    NOT_REACHED
  }
}
