package dev.shotcharts.transform;

/**
 * Builds tooltip text from its parts, the way Basketball-Reference writes it (tests, benchmarks).
 */
public record TooltipText(
    int ordinal,
    boolean overtime,
    int clockTenths,
    String player,
    boolean made,
    int value,
    int distance,
    String team,
    int teamScore,
    int opponentScore) {

  /** The tooltip as the page writes it: three parts joined by {@code <br>}. */
  public String tip() {
    String relation =
        teamScore > opponentScore ? "leads" : teamScore < opponentScore ? "trails" : "tied";
    return ordinal
        + TooltipParser.ordinalSuffix(ordinal)
        + (overtime ? " overtime, " : " quarter, ")
        + clockTenths / 600
        + ":"
        + String.format("%02d.%d", clockTenths / 10 % 60, clockTenths % 10)
        + " remaining<br>"
        + player
        + (made ? " made " : " missed ")
        + value
        + "-pointer from "
        + distance
        + " ft<br>"
        + team
        + (made ? " now " : " ")
        + relation
        + " "
        + teamScore
        + "-"
        + opponentScore;
  }
}
