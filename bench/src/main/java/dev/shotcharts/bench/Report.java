package dev.shotcharts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run as Markdown tables: median, min–max and runs per row. */
public final class Report {
  private final List<String> header;
  private final Map<String, List<Sample>> tables = new LinkedHashMap<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();

  public Report(List<String> header) {
    this.header = List.copyOf(header);
  }

  public synchronized void add(Sample sample) {
    tables.computeIfAbsent(sample.table(), t -> new ArrayList<>()).add(sample);
    System.out.println("bench: " + line(sample));
  }

  /** A line printed under a table: a ratio, a check, a caveat. */
  public synchronized void note(String table, String text) {
    notes.computeIfAbsent(table, t -> new ArrayList<>()).add(text);
    System.out.println("bench: " + table + ": " + text);
  }

  public Sample find(String table, String label) {
    return tables.getOrDefault(table, List.of()).stream()
        .filter(s -> s.label().equals(label))
        .findFirst()
        .orElse(null);
  }

  public synchronized String markdown() {
    StringBuilder md = new StringBuilder();
    header.forEach(h -> md.append(h).append('\n'));
    List<String> names = new ArrayList<>(tables.keySet());
    notes.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
    for (String table : names) {
      md.append("\n### ").append(table).append("\n\n");
      List<Sample> samples = tables.getOrDefault(table, List.of());
      if (!samples.isEmpty()) {
        md.append("| measurement | unit | median | min–max | runs |\n|---|---|---:|---:|---:|\n");
        for (Sample s : samples) {
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %s | %s–%s | %d |%n",
                  s.label(),
                  s.unit(),
                  format(s.median()),
                  format(s.min()),
                  format(s.max()),
                  s.values().size()));
        }
      }
      for (String note : notes.getOrDefault(table, List.of())) {
        md.append("\n").append(note).append("\n");
      }
    }
    return md.toString();
  }

  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, markdown());
  }

  static String line(Sample s) {
    return String.format(
        Locale.ROOT,
        "%s / %s: median %s %s (min %s, max %s, %d runs)",
        s.table(),
        s.label(),
        format(s.median()),
        s.unit(),
        format(s.min()),
        format(s.max()),
        s.values().size());
  }

  /** Three significant figures at most, thousands separated: 123,000 / 45.6 / 0.789. */
  public static String format(double value) {
    double abs = Math.abs(value);
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", round3(value));
    }
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static double round3(double value) {
    double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
    return Math.round(value / scale) * scale;
  }
}
