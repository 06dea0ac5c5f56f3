package dev.shotcharts.transform;

import dev.shotcharts.model.InvalidRecordException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a shot-chart tooltip: {@code "Nth quarter|overtime, M:SS.d remaining<br>{Player}
 * made|missed 2|3-pointer from D ft<br>{Team} [now ]leads|trails|tied X-Y"} (shooting team's score
 * first). Anything else is an {@link InvalidRecordException} naming the part that did not parse;
 * nothing is guessed.
 */
public final class TooltipParser {
  public static final double QUARTER_S = 12 * 60;
  public static final double OVERTIME_S = 5 * 60;

  private static final Pattern CLOCK =
      Pattern.compile(
          "(\\d+)(st|nd|rd|th) (quarter|overtime), (\\d{1,2}):(\\d{2}(?:\\.\\d+)?) remaining");
  private static final Pattern SHOT =
      Pattern.compile("(.+) (made|missed) ([23])-pointer from (\\d+) ft");
  private static final Pattern SCORE =
      Pattern.compile("(.+?) (?:now )?(leads|trails|tied) (\\d+)-(\\d+)");

  public Tooltip parse(String tip) {
    if (tip == null) {
      throw new InvalidRecordException("tooltip missing");
    }
    String[] lines = tip.split("<br\\s*/?>", -1);
    if (lines.length != 3) {
      throw new InvalidRecordException(
          "tooltip has " + lines.length + " parts, expected 3: '" + tip + "'");
    }
    Matcher clock = match(CLOCK, lines[0], "period and clock");
    Matcher shot = match(SHOT, lines[1], "shot");
    Matcher score = match(SCORE, lines[2], "score");

    int ordinal = Integer.parseInt(clock.group(1));
    boolean overtime = clock.group(3).equals("overtime");
    if (ordinal < 1 || (!overtime && ordinal > 4)) {
      throw new InvalidRecordException("no such period: '" + lines[0] + "'");
    }
    if (!clock.group(2).equals(ordinalSuffix(ordinal))) {
      throw new InvalidRecordException("ordinal does not read right: '" + lines[0] + "'");
    }
    double remaining = Integer.parseInt(clock.group(4)) * 60 + Double.parseDouble(clock.group(5));
    double length = overtime ? OVERTIME_S : QUARTER_S;
    if (remaining > length || Double.parseDouble(clock.group(5)) >= 60) {
      throw new InvalidRecordException("clock out of range: '" + lines[0] + "'");
    }

    int teamScore = Integer.parseInt(score.group(3));
    int opponentScore = Integer.parseInt(score.group(4));
    String relation = score.group(2);
    boolean consistent =
        switch (relation) {
          case "leads" -> teamScore > opponentScore;
          case "trails" -> teamScore < opponentScore;
          default -> teamScore == opponentScore;
        };
    if (!consistent) {
      throw new InvalidRecordException("score contradicts '" + relation + "': '" + lines[2] + "'");
    }

    return new Tooltip(
        overtime ? 4 + ordinal : ordinal,
        ordinal + clock.group(2) + " " + clock.group(3),
        remaining,
        shot.group(1).trim(),
        shot.group(2).equals("made"),
        Integer.parseInt(shot.group(3)),
        Integer.parseInt(shot.group(4)),
        score.group(1).trim(),
        teamScore,
        opponentScore);
  }

  /** Seconds of game clock elapsed at the shot, overtimes of 5 minutes included. */
  public static double elapsedSeconds(int period, double clockRemainingS) {
    double elapsed =
        period <= 4
            ? (period - 1) * QUARTER_S + (QUARTER_S - clockRemainingS)
            : 4 * QUARTER_S + (period - 5) * OVERTIME_S + (OVERTIME_S - clockRemainingS);
    return tenths(elapsed);
  }

  /** The clock shows tenths of a second; rounding keeps sums free of binary noise. */
  private static double tenths(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }

  private static Matcher match(Pattern pattern, String line, String what) {
    Matcher m = pattern.matcher(line.trim());
    if (!m.matches()) {
      throw new InvalidRecordException("tooltip " + what + " not understood: '" + line + "'");
    }
    return m;
  }

  static String ordinalSuffix(int n) {
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
