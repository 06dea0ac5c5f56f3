package dev.shotcharts.transform;

/** What a marker's tooltip says, parsed: the three lines of the shot-chart tooltip. */
public record Tooltip(
    int period,
    String periodLabel,
    double clockRemainingS,
    String player,
    boolean made,
    int shotValue,
    int distanceFt,
    String scoringTeamName,
    int teamScore,
    int opponentScore) {}
