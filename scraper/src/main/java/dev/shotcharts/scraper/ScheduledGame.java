package dev.shotcharts.scraper;

import java.time.LocalDate;

/** A game as the season schedule lists it; the scores are null until it is played. */
public record ScheduledGame(
    String gameId,
    int season,
    LocalDate date,
    String homeTeam,
    String awayTeam,
    Integer homePts,
    Integer awayPts) {

  /** The shot-chart page of this game, relative to the site root. */
  public String shotChartPath() {
    return "/boxscores/shot-chart/" + gameId + ".html";
  }
}
