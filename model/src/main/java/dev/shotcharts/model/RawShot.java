package dev.shotcharts.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One shot marker of a game's shot-chart page, as close to the page as possible (topic {@code
 * shot_charts}, key = game id). The scraper extracts; it never interprets the tooltip.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RawShot(
    int schemaVersion,
    String gameId,
    int season,
    String gameDate,
    String homeTeam,
    String awayTeam,
    String team,
    int seq,
    int xPx,
    int yPx,
    String result,
    String playerId,
    Integer period,
    String homeName,
    String awayName,
    Integer homePts,
    Integer awayPts,
    String tip,
    String sourceUrl,
    String scrapedAt) {

  /** The only version this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The natural key of a shot everywhere downstream. */
  public String eventId() {
    return eventId(gameId, team, seq);
  }

  public static String eventId(String gameId, String team, int seq) {
    return gameId + "-" + team + "-" + seq;
  }
}
