package dev.shotcharts.testing;

/**
 * Tooltip text built from its parts, the way Basketball-Reference writes it: what the synthetic
 * shots and the parser's property tests feed the curation.
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
        + suffix(ordinal)
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

  /** 1st, 2nd, 3rd, 4th, 11th, 21st, ... */
  static String suffix(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
