package dev.shotcharts.flink.job;

import dev.shotcharts.flink.transform.TooltipText;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.Team;
import dev.shotcharts.model.Teams;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Valid raw shots shaped like the real ones (overtimes, long and non-ASCII names), seeded. */
final class SyntheticShots {
  private static final List<String> PLAYERS =
      List.of(
          "Jayson Tatum",
          "Nikola Jokić",
          "Luka Dončić",
          "Shai Gilgeous-Alexander",
          "Gary Trent Jr.",
          "Kristaps Porziņģis",
          "Karl-Anthony Towns",
          "OG Anunoby");

  private final Random random;
  private final List<Team> teams = Teams.all().stream().filter(t -> t.playedIn(2025)).toList();

  SyntheticShots(long seed) {
    this.random = new Random(seed);
  }

  /** Shot {@code seq} of game number {@code game} (its teams and date follow from the number). */
  RawShot shot(int game, int seq) {
    Team home = teams.get(game % teams.size());
    Team away = teams.get((game + 1 + game / teams.size()) % teams.size());
    // Games of one week, as a weekly scrape brings them.
    LocalDate date = LocalDate.of(2024, 10, 22).plusDays(game % 7);
    String gameId = date.toString().replace("-", "") + "0" + home.code();
    boolean homeShoots = seq % 2 == 0;
    Team shooter = homeShoots ? home : away;
    int period = random.nextInt(20) == 0 ? 5 + random.nextInt(2) : 1 + random.nextInt(4);
    int periodSeconds = period > 4 ? 300 : 720;
    int tenths = random.nextInt(periodSeconds * 10);
    boolean made = random.nextBoolean();
    int value = random.nextInt(3) == 0 ? 3 : 2;
    int distance = value == 3 ? 22 + random.nextInt(10) : random.nextInt(22);
    int teamScore = random.nextInt(130);
    int opponentScore = random.nextInt(130);
    String tip =
        new TooltipText(
                period > 4 ? period - 4 : period,
                period > 4,
                tenths,
                PLAYERS.get(random.nextInt(PLAYERS.size())),
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
        2025,
        date.toString(),
        home.code(),
        away.code(),
        shooter.code(),
        seq,
        random.nextInt(500),
        random.nextInt(472),
        made ? "make" : "miss",
        "player" + random.nextInt(500),
        period,
        home.shortName(),
        away.shortName(),
        100 + random.nextInt(40),
        100 + random.nextInt(40),
        tip,
        "http://127.0.0.1/boxscores/shot-chart/" + gameId + ".html",
        "2026-11-23T04:05:00Z");
  }
}
