package dev.shotcharts.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * "This game is fully published": written to the compacted topic {@code shot_charts_games} (key =
 * game id) in the same Kafka transaction as the game's shots, so it exists exactly when they do.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GameDone(String gameId, int season, int shots, String pageSha256, String scrapedAt) {}
