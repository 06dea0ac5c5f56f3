package dev.shotcharts.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A parsed, validated and enriched shot: one row of the lake. Field names in snake case are the
 * Parquet column names (see {@code curated-shot.avsc}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CuratedShot(
    String eventId,
    String gameId,
    int season,
    LocalDate gameDate,
    String homeTeam,
    String awayTeam,
    String team,
    String opponent,
    String player,
    int period,
    String periodLabel,
    double clockRemainingS,
    double elapsedS,
    boolean made,
    int shotValue,
    int distanceFt,
    int xPx,
    int yPx,
    double xFt,
    double yFt,
    String zone,
    int teamScore,
    int opponentScore,
    Integer homePts,
    Integer awayPts,
    String tip,
    String sourceUrl,
    Instant scrapedAt,
    Instant processedAt) {}
