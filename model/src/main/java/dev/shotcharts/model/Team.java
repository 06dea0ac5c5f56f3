package dev.shotcharts.model;

/**
 * A franchise name as Basketball-Reference writes it during a range of seasons: its code (as in
 * game ids), the short name of the shot-chart tooltips and the full name of the schedules.
 */
public record Team(
    String code, String shortName, String fullName, int firstSeason, int lastSeason) {

  public boolean playedIn(int season) {
    return season >= firstSeason && season <= lastSeason;
  }
}
