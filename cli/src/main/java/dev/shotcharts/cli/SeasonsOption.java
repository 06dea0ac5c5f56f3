package dev.shotcharts.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code --season S|S1-S2}, required: the seasons a reader of the lake reads. */
final class SeasonsOption {
  @Option(
      names = "--season",
      required = true,
      converter = SeasonRange.Converter.class,
      description = "A season by the year it ends (2025), or a range (2001-2026).")
  SeasonRange range;

  List<Integer> seasons() {
    return range.seasons();
  }
}
