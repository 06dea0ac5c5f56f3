package dev.shotcharts.scraper;

import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a run goes: a one-line progress bar on a terminal (games, shots, requests, ETA at the
 * current pace), plain log lines otherwise.
 */
final class ScrapeProgress {
  private static final Logger LOG = LoggerFactory.getLogger(ScrapeProgress.class);
  private static final int BAR = 30;

  private final int total;
  private final PrintStream terminal;
  private final long started = System.nanoTime();

  /** {@code terminal} is null when output is not a terminal. */
  ScrapeProgress(int total, PrintStream terminal) {
    this.total = total;
    this.terminal = terminal;
  }

  static ScrapeProgress forConsole(int total) {
    return new ScrapeProgress(total, System.console() != null ? System.err : null);
  }

  void update(int done, String gameId, int shots, int requests) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    Duration eta = done == 0 ? Duration.ZERO : elapsed.multipliedBy(total - done).dividedBy(done);
    if (terminal == null) {
      LOG.info(
          "[{}/{}] {}; {} shots, {} requests so far, ETA {}",
          done,
          total,
          gameId,
          shots,
          requests,
          format(eta));
      return;
    }
    int filled = total == 0 ? BAR : BAR * done / total;
    terminal.printf(
        "\r[%s%s] %d/%d games  %d shots  %d requests  ETA %s ",
        "=".repeat(filled), " ".repeat(BAR - filled), done, total, shots, requests, format(eta));
    if (done == total) {
      terminal.println();
    }
  }

  static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
        : String.format("%dm%02ds", s / 60, s % 60);
  }
}
