package dev.shotcharts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class SeasonRangeTest {
  final SeasonRange.Converter converter = new SeasonRange.Converter();

  @Test
  void aSeasonOrARangeOfThem() {
    assertThat(converter.convert("2025").seasons()).containsExactly(2025);
    assertThat(converter.convert("2001-2026").seasons())
        .hasSize(26)
        .startsWith(2001)
        .endsWith(2026);
  }

  @Test
  void anythingElseSaysWhatIsExpected() {
    assertThatThrownBy(() -> converter.convert("2026-2001"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("last season is before its first");
    assertThatThrownBy(() -> converter.convert("last"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("a season like 2025 or a range like 2001-2026");
  }
}
