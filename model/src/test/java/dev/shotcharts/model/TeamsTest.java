package dev.shotcharts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamsTest {
  @Test
  void everyTeamIsResolvableFromEachOfItsNamesInEverySeasonItPlayed() {
    for (Team team : Teams.all()) {
      int last = Math.min(team.lastSeason(), 2030);
      for (int season = team.firstSeason(); season <= last; season++) {
        assertThat(Teams.byFullName(team.fullName(), season)).contains(team);
        assertThat(Teams.byCode(team.code(), season)).contains(team);
        assertThat(Teams.byShortName(team.shortName(), season))
            .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo(team.code()));
      }
    }
  }

  @Test
  void historicalFranchisesAreThere() {
    assertThat(Teams.byFullName("Seattle SuperSonics", 2008).map(Team::code)).contains("SEA");
    assertThat(Teams.byFullName("Vancouver Grizzlies", 2001).map(Team::code)).contains("VAN");
    assertThat(Teams.byFullName("New Jersey Nets", 2012).map(Team::code)).contains("NJN");
    assertThat(Teams.byFullName("Charlotte Bobcats", 2010).map(Team::code)).contains("CHA");
    assertThat(Teams.byFullName("Charlotte Hornets", 2000).map(Team::code)).contains("CHH");
    assertThat(Teams.byFullName("Charlotte Hornets", 2020).map(Team::code)).contains("CHO");
    assertThat(Teams.byFullName("New Orleans/Oklahoma City Hornets", 2006).map(Team::code))
        .contains("NOK");
    assertThat(Teams.byFullName("New Orleans Hornets", 2010).map(Team::code)).contains("NOH");
    assertThat(Teams.byShortName("Oklahoma City", 2025).map(Team::code)).contains("OKC");
    assertThat(Teams.byShortName("LA Lakers", 2025).map(Team::code)).contains("LAL");
  }

  @Test
  void noTwoTeamsShareANameInTheSameSeason() {
    for (int season = 1997; season <= 2030; season++) {
      final int s = season;
      var playing = Teams.all().stream().filter(t -> t.playedIn(s)).toList();
      assertThat(playing.stream().map(Team::fullName).distinct()).hasSameSizeAs(playing);
      assertThat(playing.stream().map(Team::code).distinct()).hasSameSizeAs(playing);
    }
  }

  @Test
  void aNameOutsideItsSeasonsIsNotFound() {
    assertThat(Teams.byFullName("Seattle SuperSonics", 2009)).isEmpty();
    assertThat(Teams.byCode("BRK", 2012)).isEmpty();
  }

  @Test
  void theTableHoldsEveryFranchiseOfTheEra() {
    assertThat(Teams.all()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(Teams.all().stream().filter(t -> t.playedIn(2025)).count()).isEqualTo(30);
  }
}
