package dev.shotcharts.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.model.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TooltipParserTest {
  final TooltipParser parser = new TooltipParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1st quarter, 11:41.0 remaining<br>Jayson Tatum made 3-pointer from 25 ft<br>Boston now leads 3-0 | 1 | 1st quarter | 701.0 | 19.0 | Jayson Tatum | true | 3 | 25 | Boston | 3 | 0
          4th quarter, 0:00.4 remaining<br>Gary Trent Jr. missed 2-pointer from 1 ft<br>Milwaukee trails 99-101 | 4 | 4th quarter | 0.4 | 2879.6 | Gary Trent Jr. | false | 2 | 1 | Milwaukee | 99 | 101
          1st overtime, 4:30.0 remaining<br>Jayson Tatum made 3-pointer from 27 ft<br>Boston now leads 8-7 | 5 | 1st overtime | 270.0 | 2910.0 | Jayson Tatum | true | 3 | 27 | Boston | 8 | 7
          3rd overtime, 0:10.0 remaining<br>Nikola Jokić made 2-pointer from 3 ft<br>Denver now tied 140-140 | 7 | 3rd overtime | 10.0 | 3770.0 | Nikola Jokić | true | 2 | 3 | Denver | 140 | 140
          2nd quarter, 5:12.5 remaining<br>Shai Gilgeous-Alexander made 2-pointer from 14 ft<br>Oklahoma City now leads 50-48 | 2 | 2nd quarter | 312.5 | 1127.5 | Shai Gilgeous-Alexander | true | 2 | 14 | Oklahoma City | 50 | 48
          3rd quarter, 7:00.0 remaining<br>Luka Dončić missed 3-pointer from 30 ft<br>LA Lakers tied 70-70 | 3 | 3rd quarter | 420.0 | 1740.0 | Luka Dončić | false | 3 | 30 | LA Lakers | 70 | 70
          11th overtime, 1:00.0 remaining<br>A B C D made 2-pointer from 0 ft<br>New Orleans now leads 2-0 | 15 | 11th overtime | 60.0 | 6120.0 | A B C D | true | 2 | 0 | New Orleans | 2 | 0
          """)
  void parsesEveryPart(
      String tip,
      int period,
      String label,
      double remaining,
      double elapsed,
      String player,
      boolean made,
      int value,
      int distance,
      String team,
      int teamScore,
      int opponentScore) {
    Tooltip parsed = parser.parse(tip);
    assertThat(parsed)
        .isEqualTo(
            new Tooltip(
                period,
                label,
                remaining,
                player,
                made,
                value,
                distance,
                team,
                teamScore,
                opponentScore));
    assertThat(TooltipParser.elapsedSeconds(parsed.period(), parsed.clockRemainingS()))
        .isEqualTo(elapsed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1st quarter, 11:41.0 remaining<br>Jayson Tatum made 3-pointer from 25 ft | 2 parts
          5th quarter, 1:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0 | no such period
          1th quarter, 1:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0 | ordinal
          1st quarter, 12:00.1 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0 | clock out of range
          1st overtime, 6:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0 | clock out of range
          1st quarter, 1:00.0 remaining<br>X dunked from 1 ft<br>Boston now leads 2-0 | shot not understood
          1st quarter, 1:00.0 remaining<br>X made 4-pointer from 30 ft<br>Boston now leads 4-0 | shot not understood
          1st quarter, 1:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-2 | contradicts 'leads'
          1st quarter, 1:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston tied 3-2 | contradicts 'tied'
          1st quarter, 1:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston is winning | score not understood
          0th overtime, 1:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0 | no such period
          1st quarter, 1:60.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0 | clock out of range
          1st quarter, 1:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston trails 2-2 | contradicts 'trails'
          """)
  void rejectsWhatItCannotReadAndSaysWhat(String tip, String reason) {
    assertThatThrownBy(() -> parser.parse(tip))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void ordinalSuffixesReadRight() {
    assertThat(TooltipParser.ordinalSuffix(1)).isEqualTo("st");
    assertThat(TooltipParser.ordinalSuffix(2)).isEqualTo("nd");
    assertThat(TooltipParser.ordinalSuffix(3)).isEqualTo("rd");
    assertThat(TooltipParser.ordinalSuffix(4)).isEqualTo("th");
    assertThat(TooltipParser.ordinalSuffix(11)).isEqualTo("th");
    assertThat(TooltipParser.ordinalSuffix(12)).isEqualTo("th");
    assertThat(TooltipParser.ordinalSuffix(13)).isEqualTo("th");
    assertThat(TooltipParser.ordinalSuffix(10)).isEqualTo("th");
    assertThat(TooltipParser.ordinalSuffix(14)).isEqualTo("th");
    assertThat(TooltipParser.ordinalSuffix(21)).isEqualTo("st");
    assertThat(TooltipParser.ordinalSuffix(111)).isEqualTo("th");
  }

  @Test
  void periodsAtTheirLimitsAreRead() {
    Tooltip lastQuarter =
        parser.parse(
            "4th quarter, 12:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0");
    assertThat(lastQuarter.period()).isEqualTo(4);
    assertThat(TooltipParser.elapsedSeconds(4, 0.0)).isEqualTo(2880.0);
    assertThat(TooltipParser.elapsedSeconds(5, 300.0)).isEqualTo(2880.0);
    Tooltip fullOvertime =
        parser.parse(
            "1st overtime, 5:00.0 remaining<br>X made 2-pointer from 1 ft<br>Boston now leads 2-0");
    assertThat(fullOvertime.clockRemainingS()).isEqualTo(300.0);
  }
}
