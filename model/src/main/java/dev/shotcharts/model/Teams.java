package dev.shotcharts.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every franchise name used since the 1996-97 season. Names repeat across eras (two "Charlotte
 * Hornets", three "Charlotte"s), so look-ups by name take the season.
 */
public final class Teams {
  /** Open end of the current franchises' ranges. */
  private static final int NOW = 9999;

  private static final List<Team> ALL =
      List.of(
          new Team("ATL", "Atlanta", "Atlanta Hawks", 1997, NOW),
          new Team("BOS", "Boston", "Boston Celtics", 1997, NOW),
          new Team("NJN", "New Jersey", "New Jersey Nets", 1997, 2012),
          new Team("BRK", "Brooklyn", "Brooklyn Nets", 2013, NOW),
          new Team("CHH", "Charlotte", "Charlotte Hornets", 1997, 2002),
          new Team("CHA", "Charlotte", "Charlotte Bobcats", 2005, 2014),
          new Team("CHO", "Charlotte", "Charlotte Hornets", 2015, NOW),
          new Team("CHI", "Chicago", "Chicago Bulls", 1997, NOW),
          new Team("CLE", "Cleveland", "Cleveland Cavaliers", 1997, NOW),
          new Team("DAL", "Dallas", "Dallas Mavericks", 1997, NOW),
          new Team("DEN", "Denver", "Denver Nuggets", 1997, NOW),
          new Team("DET", "Detroit", "Detroit Pistons", 1997, NOW),
          new Team("GSW", "Golden State", "Golden State Warriors", 1997, NOW),
          new Team("HOU", "Houston", "Houston Rockets", 1997, NOW),
          new Team("IND", "Indiana", "Indiana Pacers", 1997, NOW),
          new Team("LAC", "LA Clippers", "Los Angeles Clippers", 1997, NOW),
          new Team("LAL", "LA Lakers", "Los Angeles Lakers", 1997, NOW),
          new Team("VAN", "Vancouver", "Vancouver Grizzlies", 1997, 2001),
          new Team("MEM", "Memphis", "Memphis Grizzlies", 2002, NOW),
          new Team("MIA", "Miami", "Miami Heat", 1997, NOW),
          new Team("MIL", "Milwaukee", "Milwaukee Bucks", 1997, NOW),
          new Team("MIN", "Minnesota", "Minnesota Timberwolves", 1997, NOW),
          new Team("NOH", "New Orleans", "New Orleans Hornets", 2003, 2005),
          new Team(
              "NOK", "New Orleans/Oklahoma City", "New Orleans/Oklahoma City Hornets", 2006, 2007),
          new Team("NOH", "New Orleans", "New Orleans Hornets", 2008, 2013),
          new Team("NOP", "New Orleans", "New Orleans Pelicans", 2014, NOW),
          new Team("NYK", "New York", "New York Knicks", 1997, NOW),
          new Team("SEA", "Seattle", "Seattle SuperSonics", 1997, 2008),
          new Team("OKC", "Oklahoma City", "Oklahoma City Thunder", 2009, NOW),
          new Team("ORL", "Orlando", "Orlando Magic", 1997, NOW),
          new Team("PHI", "Philadelphia", "Philadelphia 76ers", 1997, NOW),
          new Team("PHO", "Phoenix", "Phoenix Suns", 1997, NOW),
          new Team("POR", "Portland", "Portland Trail Blazers", 1997, NOW),
          new Team("SAC", "Sacramento", "Sacramento Kings", 1997, NOW),
          new Team("SAS", "San Antonio", "San Antonio Spurs", 1997, NOW),
          new Team("TOR", "Toronto", "Toronto Raptors", 1997, NOW),
          new Team("UTA", "Utah", "Utah Jazz", 1997, NOW),
          new Team("WSB", "Washington", "Washington Bullets", 1997, 1997),
          new Team("WAS", "Washington", "Washington Wizards", 1998, NOW));

  private Teams() {}

  public static List<Team> all() {
    return ALL;
  }

  public static Optional<Team> byCode(String code, int season) {
    return find(Team::code, code, season);
  }

  public static Optional<Team> byFullName(String fullName, int season) {
    return find(Team::fullName, fullName, season);
  }

  public static Optional<Team> byShortName(String shortName, int season) {
    return find(Team::shortName, shortName, season);
  }

  private static Optional<Team> find(Function<Team, String> name, String value, int season) {
    return ALL.stream().filter(t -> t.playedIn(season) && name.apply(t).equals(value)).findFirst();
  }
}
