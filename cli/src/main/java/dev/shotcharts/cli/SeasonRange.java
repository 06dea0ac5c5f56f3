package dev.shotcharts.cli;

import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --season 2025} or {@code --season 2001-2026}: the seasons, by the year each ends. */
record SeasonRange(List<Integer> seasons) {

  /** Reads the option's value for picocli. */
  static final class Converter implements ITypeConverter<SeasonRange> {
    @Override
    public SeasonRange convert(String value) {
      String[] range = value.split("-", 2);
      int first;
      int last;
      try {
        first = Integer.parseInt(range[0].trim());
        last = range.length == 2 ? Integer.parseInt(range[1].trim()) : first;
      } catch (NumberFormatException e) {
        throw new TypeConversionException(value + ": a season like 2025 or a range like 2001-2026");
      }
      if (last < first) {
        throw new TypeConversionException(value + ": the range's last season is before its first");
      }
      return new SeasonRange(IntStream.rangeClosed(first, last).boxed().toList());
    }
  }
}
