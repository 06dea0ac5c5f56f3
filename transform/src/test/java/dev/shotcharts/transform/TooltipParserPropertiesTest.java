package dev.shotcharts.transform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.InvalidRecordException;
import dev.shotcharts.model.Team;
import dev.shotcharts.model.Teams;
import dev.shotcharts.testing.TooltipText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Tooltips built from random valid parts parse back to those parts; garbage never crashes. */
class TooltipParserPropertiesTest {
  final TooltipParser parser = new TooltipParser();

  @Provide
  Arbitrary<TooltipText> validTooltipText() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZćčņģéöüß'-.")
            .ofMinLength(1)
            .ofMaxLength(12);
    Arbitrary<String> player = word.list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
    Arbitrary<String> team = Arbitraries.of(Teams.all()).map(Team::shortName);
    Arbitrary<Boolean> overtime = Arbitraries.of(true, false);
    return Combinators.combine(
            overtime.flatMap(
                ot ->
                    Combinators.combine(
                            Arbitraries.integers().between(1, ot ? 12 : 4),
                            Arbitraries.integers().between(0, (ot ? 300 : 720) * 10))
                        .as((n, tenths) -> new int[] {ot ? 1 : 0, n, tenths})),
            player,
            Arbitraries.of(true, false),
            Arbitraries.of(2, 3),
            Arbitraries.integers().between(0, 94),
            team,
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 200))
        .as(
            (clock, name, made, value, distance, shortName, score, opponent) ->
                new TooltipText(
                    clock[1],
                    clock[0] == 1,
                    clock[2],
                    name,
                    made,
                    value,
                    distance,
                    shortName,
                    score,
                    opponent));
  }

  @Property(tries = 2_000)
  void validTooltipsParseBackToTheirTooltipText(@ForAll("validTooltipText") TooltipText parts) {
    Tooltip tip = parser.parse(parts.tip());
    assertThat(tip.period()).isEqualTo(parts.overtime() ? 4 + parts.ordinal() : parts.ordinal());
    assertThat(tip.clockRemainingS()).isEqualTo(parts.clockTenths() / 10.0);
    assertThat(tip.player()).isEqualTo(parts.player());
    assertThat(tip.made()).isEqualTo(parts.made());
    assertThat(tip.shotValue()).isEqualTo(parts.value());
    assertThat(tip.distanceFt()).isEqualTo(parts.distance());
    assertThat(tip.scoringTeamName()).isEqualTo(parts.team());
    assertThat(tip.teamScore()).isEqualTo(parts.teamScore());
    assertThat(tip.opponentScore()).isEqualTo(parts.opponentScore());
    assertThat(TooltipParser.elapsedSeconds(tip.period(), tip.clockRemainingS()))
        .isBetween(0.0, 2880.0 + 12 * 300);
  }

  @Provide
  Arbitrary<String> garbage() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.of(
                "1st quarter, ",
                "overtime",
                "12:00.0 remaining",
                "made",
                "missed",
                "3-pointer",
                " from ",
                " ft",
                "now leads",
                "tied",
                "99-",
                "<br>",
                "<br/>",
                ":",
                "0th",
                "999999999999"));
    return fragment.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Property(tries = 5_000)
  void garbageNeverThrowsAnythingButTheParsersOwnError(@ForAll("garbage") String text) {
    try {
      parser.parse(text);
    } catch (InvalidRecordException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
