package dev.shotcharts.bench.history;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The seasons of the dataset this project replaces, 2000-01 to 2025-26 (by the year each ends: 2001
 * to 2026), with their real numbers of games: the regular season (29 teams until 2004, the lockout
 * of 2011-12, the season cut short in 2019-20 and the 72-game 2020-21) and about 85 games of
 * playoffs and play-in.
 */
record HistoryCalendar(List<Season> seasons) {
  /** One season's games, and how many shots each of its games has. */
  record Season(int season, int regular, int playoffs) {
    int games() {
      return regular + playoffs;
    }

    /**
     * About 170 shots a game: a few more in later seasons (more threes, faster pace), and a spread
     * of ±12 from game to game, the same on every run.
     */
    int shots(int game) {
      return 165 + (season - 2001) * 2 / 5 + Math.floorMod(game * 7919 + season, 25) - 12;
    }
  }

  static final HistoryCalendar FULL =
      new HistoryCalendar(
          IntStream.rangeClosed(2001, 2026).mapToObj(HistoryCalendar::realSeason).toList());

  /** A smoke run: three seasons of 40 games. */
  static final HistoryCalendar QUICK =
      new HistoryCalendar(
          List.of(new Season(2001, 36, 4), new Season(2013, 36, 4), new Season(2026, 36, 4)));

  private static Season realSeason(int season) {
    int regular =
        switch (season) {
          case 2001, 2002, 2003, 2004 -> 1_189; // 29 teams
          case 2012 -> 990; // the lockout: 66 games a team
          case 2013 -> 1_229; // one game not played
          case 2020 -> 1_059; // stopped in March, eight more games a team in the bubble
          case 2021 -> 1_080; // 72 games a team
          default -> 1_230;
        };
    // Best-of-five first rounds until 2002, then best-of-seven; the play-in from 2020-21.
    int playoffs = (season <= 2002 ? 71 : 84) + (season >= 2021 ? 6 : 0);
    return new Season(season, regular, playoffs);
  }

  long shots() {
    return seasons.stream()
        .mapToLong(s -> IntStream.range(0, s.games()).mapToLong(s::shots).sum())
        .sum();
  }

  int first() {
    return seasons.get(0).season();
  }

  int last() {
    return seasons.get(seasons.size() - 1).season();
  }
}
