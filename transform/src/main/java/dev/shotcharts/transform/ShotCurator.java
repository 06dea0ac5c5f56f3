package dev.shotcharts.transform;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.InvalidRecordException;
import dev.shotcharts.model.RawShot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns a raw shot into a curated one: parses the tooltip, cross-checks it against the marker
 * (class says make, text says missed: rejected, never guessed), and enriches it with the opponent,
 * court feet, zone and elapsed time. Plain Java, so it runs with or without Flink.
 */
public final class ShotCurator {
  private final TooltipParser tooltips = new TooltipParser();

  public CuratedShot curate(RawShot raw, Instant processedAt) {
    LocalDate gameDate = RawContract.check(raw);
    if (!raw.team().equals(raw.homeTeam()) && !raw.team().equals(raw.awayTeam())) {
      throw new InvalidRecordException(
          "team " + raw.team() + " is neither " + raw.homeTeam() + " nor " + raw.awayTeam());
    }
    Tooltip tip = tooltips.parse(raw.tip());
    if (raw.period() != null && raw.period() != tip.period()) {
      throw new InvalidRecordException(
          "marker class says period " + raw.period() + ", tooltip says " + tip.periodLabel());
    }
    boolean markerMade =
        switch (raw.result()) {
          case "make" -> true;
          case "miss" -> false;
          default ->
              throw new InvalidRecordException("result is neither make nor miss: " + raw.result());
        };
    if (markerMade != tip.made()) {
      throw new InvalidRecordException(
          "marker says " + raw.result() + ", tooltip says " + (tip.made() ? "made" : "missed"));
    }
    boolean home = raw.team().equals(raw.homeTeam());
    String shootingName = home ? raw.homeName() : raw.awayName();
    if (shootingName != null && !shootingName.equals(tip.scoringTeamName())) {
      throw new InvalidRecordException(
          "score line names '"
              + tip.scoringTeamName()
              + "', shooting team is '"
              + shootingName
              + "'");
    }
    double xFt = CourtGeometry.xFeet(raw.xPx());
    double yFt = CourtGeometry.yFeet(raw.yPx());
    return new CuratedShot(
        raw.eventId(),
        raw.gameId(),
        raw.season(),
        gameDate,
        raw.homeTeam(),
        raw.awayTeam(),
        raw.team(),
        home ? raw.awayTeam() : raw.homeTeam(),
        tip.player(),
        tip.period(),
        tip.periodLabel(),
        tip.clockRemainingS(),
        TooltipParser.elapsedSeconds(tip.period(), tip.clockRemainingS()),
        tip.made(),
        tip.shotValue(),
        tip.distanceFt(),
        raw.xPx(),
        raw.yPx(),
        xFt,
        yFt,
        CourtGeometry.zone(xFt, yFt, tip.shotValue()),
        tip.teamScore(),
        tip.opponentScore(),
        raw.homePts(),
        raw.awayPts(),
        raw.tip(),
        raw.sourceUrl(),
        instant(raw.scrapedAt()),
        processedAt);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidRecordException("scraped_at is not an ISO instant: " + text);
    }
  }
}
