package dev.shotcharts.transform;

import dev.shotcharts.model.InvalidRecordException;
import dev.shotcharts.model.RawShot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The raw record's contract beyond its JSON types: what the scraper always writes, so a record that
 * breaks it is a dead letter with the reason, never a row in a wrong place (a season that does not
 * match the date would land under another season's partition and never be merged).
 */
public final class RawContract {
  /** Real tooltips are about 130 characters; anything near this bound is not a tooltip. */
  public static final int MAX_TIP_LENGTH = 1_000;

  public static final int MAX_NAME_LENGTH = 64;
  public static final int MAX_URL_LENGTH = 2_048;

  private static final Pattern GAME_ID = Pattern.compile("(\\d{8})0([A-Z0-9]{3})");
  private static final Pattern TEAM = Pattern.compile("[A-Z0-9]{3}");
  private static final Pattern PLAYER_ID = Pattern.compile("[a-z0-9.'-]{1,16}");

  private RawContract() {}

  /**
   * Throws {@link InvalidRecordException} naming the first broken rule; returns the game date it
   * parsed, so the curator does not parse it again.
   */
  public static LocalDate check(RawShot raw) {
    bounded("tip", raw.tip(), MAX_TIP_LENGTH);
    bounded("home_name", raw.homeName(), MAX_NAME_LENGTH);
    bounded("away_name", raw.awayName(), MAX_NAME_LENGTH);
    bounded("source_url", raw.sourceUrl(), MAX_URL_LENGTH);
    team("home_team", raw.homeTeam());
    team("away_team", raw.awayTeam());
    team("team", raw.team());
    if (raw.homeTeam().equals(raw.awayTeam())) {
      fail("home_team and away_team are both " + raw.homeTeam());
    }
    if (raw.seq() < 0) {
      fail("seq is negative: " + raw.seq());
    }
    if (raw.playerId() != null && !PLAYER_ID.matcher(raw.playerId()).matches()) {
      fail("player_id is not a site player id: " + shorten(raw.playerId()));
    }
    LocalDate date = gameDate(raw.gameDate());
    var id = GAME_ID.matcher(raw.gameId());
    if (!id.matches()) {
      fail("game_id is not date + 0 + home team code: " + shorten(raw.gameId()));
    }
    if (!id.group(1).equals(raw.gameDate().replace("-", ""))) {
      fail("game_id " + raw.gameId() + " does not match game_date " + raw.gameDate());
    }
    if (!id.group(2).equals(raw.homeTeam())) {
      fail("game_id " + raw.gameId() + " does not match home_team " + raw.homeTeam());
    }
    if (!inSeason(raw.season(), date)) {
      fail(
          "season "
              + raw.season()
              + " does not include game_date "
              + raw.gameDate()
              + " (season S runs from September of S-1 to October of S)");
    }
    return date;
  }

  /**
   * A season S runs from September of S-1 to October of S: the 2020 finals were played in October
   * 2020, and a season never starts before September.
   */
  public static boolean inSeason(int season, LocalDate date) {
    return !date.isBefore(LocalDate.of(season - 1, 9, 1))
        && !date.isAfter(LocalDate.of(season, 10, 31));
  }

  private static LocalDate gameDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException("game_date is not an ISO date: " + shorten(text));
    }
  }

  private static void team(String field, String code) {
    if (!TEAM.matcher(code).matches()) {
      fail(field + " is not a team code: " + shorten(code));
    }
  }

  private static void bounded(String field, String value, int max) {
    if (value != null && value.length() > max) {
      fail(field + " is " + value.length() + " characters long, over the bound of " + max);
    }
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? "'" + value + "'" : "'" + value.substring(0, 40) + "…'";
  }

  private static void fail(String reason) {
    throw new InvalidRecordException(reason);
  }
}
