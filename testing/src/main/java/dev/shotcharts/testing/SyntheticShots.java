package dev.shotcharts.testing;

import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.Team;
import dev.shotcharts.model.Teams;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid raw shots shaped like the real ones, seeded: overtimes, names with spaces, suffixes and
 * non-ASCII letters, x/y that match the distance in the tooltip, scores that grow through a game.
 * Shot {@code seq} of game number {@code game} always gets the same game id and event id, so a
 * repeated call models a re-scraped game.
 */
public final class SyntheticShots {
  /** A regular season: 1,230 games, about eight a day from late October. */
  public static final int GAMES_PER_SEASON = 1_230;

  private static final int GAMES_PER_DAY = 8;
  private static final List<String> PLAYERS =
      List.of(
          "Jayson Tatum",
          "Nikola Jokić",
          "Luka Dončić",
          "Shai Gilgeous-Alexander",
          "Gary Trent Jr.",
          "Kristaps Porziņģis",
          "Karl-Anthony Towns",
          "OG Anunoby",
          "Jaren Jackson Jr.",
          "Bogdan Bogdanović",
          "Dennis Schröder",
          "Jusuf Nurkić",
          "Kelly Oubre Jr.",
          "Marcus Morris Sr.",
          "Larry Nance Jr.",
          "Giannis Antetokounmpo");

  /** The players of the seasons before 2018 (LeBron James in both eras, for a long career). */
  private static final List<String> PLAYERS_2000S =
      List.of(
          "Allen Iverson",
          "Shaquille O'Neal",
          "Peja Stojaković",
          "Žydrūnas Ilgauskas",
          "Tim Hardaway",
          "Jerry Stackhouse",
          "Glen Rice Jr.",
          "Dikembe Mutombo",
          "LeBron James");

  private static final List<String> PLAYERS_2010S =
      List.of(
          "LeBron James",
          "Manu Ginóbili",
          "Tim Hardaway Jr.",
          "Dirk Nowitzki",
          "Nenê",
          "Karl-Anthony Towns",
          "Kelly Oubre Jr.",
          "Goran Dragić",
          "Metta World Peace");

  /** Where game number {@code game} falls: season, date and the two teams. */
  private record Fixture(int season, LocalDate date, Team home, Team away) {}

  private final Random random;
  private final int latestSeason;
  private final boolean oneWeek;
  private final Map<Integer, List<Team>> teamsBySeason = new HashMap<>();

  private SyntheticShots(long seed, int latestSeason, boolean oneWeek) {
    this.random = new Random(seed);
    this.latestSeason = latestSeason;
    this.oneWeek = oneWeek;
  }

  /** Games of one week of season 2025, as a weekly scrape brings them. */
  public SyntheticShots(long seed) {
    this(seed, 2025, true);
  }

  /**
   * A backfill: games in date order, eight a day, {@link #GAMES_PER_SEASON} per season, from {@code
   * latestSeason} back into earlier seasons as the game number grows.
   */
  public static SyntheticShots seasons(long seed, int latestSeason) {
    return new SyntheticShots(seed, latestSeason, false);
  }

  public RawShot shot(int game, int seq) {
    return shot(game, seq, Instant.parse("2026-11-23T04:05:00Z"));
  }

  /** Shot {@code seq} of game number {@code game}, scraped at {@code scrapedAt}. */
  public RawShot shot(int game, int seq, Instant scrapedAt) {
    return shot(fixture(game), seq, scrapedAt);
  }

  /**
   * Shot {@code seq} of the {@code index}th game of {@code season} (eight a day from late October,
   * the playoffs after the regular season as more days), with the players of its era.
   */
  public RawShot shot(int season, int index, int seq, Instant scrapedAt) {
    return shot(fixture(season, index), seq, scrapedAt);
  }

  private RawShot shot(Fixture f, int seq, Instant scrapedAt) {
    List<String> players =
        f.season() < 2009 ? PLAYERS_2000S : f.season() < 2018 ? PLAYERS_2010S : PLAYERS;
    String gameId = f.date().toString().replace("-", "") + "0" + f.home().code();
    boolean homeShoots = seq % 2 == 0;
    Team shooter = homeShoots ? f.home() : f.away();
    int period = random.nextInt(20) == 0 ? 5 + random.nextInt(2) : 1 + random.nextInt(4);
    int periodSeconds = period > 4 ? 300 : 720;
    int tenths = random.nextInt(periodSeconds * 10);
    boolean made = random.nextInt(100) < 46;
    int value = random.nextInt(3) == 0 ? 3 : 2;
    int distance = value == 3 ? 22 + random.nextInt(8) : random.nextInt(22);
    // About 1.25 points per team shot, so a game of 180 shots ends near 112-110.
    int teamScore = seq * 5 / 8 + random.nextInt(6);
    int opponentScore = seq * 5 / 8 + random.nextInt(6);
    double angle = (random.nextDouble() - 0.5) * Math.PI;
    int xPx = clamp(250 + (int) Math.round(distance * 10 * Math.sin(angle)), 0, 499);
    int yPx = clamp(52 + (int) Math.round(distance * 10 * Math.cos(angle)), 0, 471);
    String tip =
        new TooltipText(
                period > 4 ? period - 4 : period,
                period > 4,
                tenths,
                players.get(random.nextInt(players.size())),
                made,
                value,
                distance,
                shooter.shortName(),
                teamScore,
                opponentScore)
            .tip();
    return new RawShot(
        RawShot.SCHEMA_VERSION,
        gameId,
        f.season(),
        f.date().toString(),
        f.home().code(),
        f.away().code(),
        shooter.code(),
        seq,
        xPx,
        yPx,
        made ? "make" : "miss",
        "player" + random.nextInt(500),
        period,
        f.home().shortName(),
        f.away().shortName(),
        100 + random.nextInt(40),
        100 + random.nextInt(40),
        tip,
        "http://127.0.0.1/boxscores/shot-chart/" + gameId + ".html",
        scrapedAt.toString());
  }

  private Fixture fixture(int game) {
    if (oneWeek) {
      List<Team> teams = teams(latestSeason);
      return new Fixture(
          latestSeason,
          LocalDate.of(latestSeason - 1, 10, 22).plusDays(game % 7),
          teams.get(game % teams.size()),
          teams.get((game + 1 + game / teams.size()) % teams.size()));
    }
    return fixture(latestSeason - game / GAMES_PER_SEASON, game % GAMES_PER_SEASON);
  }

  private Fixture fixture(int season, int index) {
    List<Team> teams = teams(season);
    // Consecutive games of one day have different home teams, so game ids never repeat.
    return new Fixture(
        season,
        LocalDate.of(season - 1, 10, 22).plusDays(index / GAMES_PER_DAY),
        teams.get(index % teams.size()),
        teams.get((index + teams.size() / 2) % teams.size()));
  }

  private List<Team> teams(int season) {
    return teamsBySeason.computeIfAbsent(
        season, s -> Teams.all().stream().filter(t -> t.playedIn(s)).toList());
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
