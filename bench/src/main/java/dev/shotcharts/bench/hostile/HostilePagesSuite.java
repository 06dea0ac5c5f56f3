package dev.shotcharts.bench.hostile;

import dev.shotcharts.bench.Report;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.bench.hostile.HostileSite.Kind;
import dev.shotcharts.scraper.JsonLinesShotSink;
import dev.shotcharts.scraper.Scrape;
import dev.shotcharts.scraper.ScrapeConfig;
import dev.shotcharts.scraper.ScrapeSummary;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scraper against hostile pages ({@link HostileSite}), one kind a run, each with {@code --out}:
 * every run must end by itself; a page with markers must have every one of them accounted for (a
 * raw record or a dead letter naming its field); a page that cannot be read must fail its game with
 * a reason that says why. The sample's page has 11 markers.
 */
public final class HostilePagesSuite {
  public static final String TABLE = "Hostile pages: the scraper against a site on a bad day";
  static final int MARKERS = 11;

  private final Report report;
  private final Path work;

  public HostilePagesSuite(Report report, Path work) {
    this.report = report;
    this.work = work;
  }

  /** What a run must show for a kind: the reason of its dead letter or of its failure. */
  private record Expected(Kind kind, int raw, int deadLetters, String says) {}

  private static final List<Expected> EXPECTED =
      List.of(
          new Expected(Kind.DAMAGED_MARKER, 10, 1, "style top: 999999999999px is outside"),
          new Expected(Kind.BAD_BYTES, 10, 1, "tip: bytes that are not UTF-8"),
          new Expected(Kind.ALL_MARKERS_BROKEN, 0, 0, "none of its 11 shot markers could be read"),
          new Expected(Kind.NEVER_ANSWERS, 0, 0, "timed out"),
          new Expected(Kind.HUGE_BODY, 0, 0, "response larger than"),
          new Expected(Kind.REDIRECT_LOOP, 0, 0, "redirect loop"),
          new Expected(Kind.OFF_SITE_REDIRECT, 0, 0, "redirected off the site"));

  public void run() throws Exception {
    double longest = 0;
    List<String> problems = new ArrayList<>();
    for (Expected expected : EXPECTED) {
      System.out.println("bench: hostile pages: " + expected.kind());
      Path out =
          Files.createDirectories(work.resolve("hostile")).resolve(expected.kind() + ".jsonl");
      long start = System.nanoTime();
      ScrapeSummary summary;
      try (HostileSite site = new HostileSite(expected.kind())) {
        site.start();
        summary =
            Scrape.run(
                ScrapeConfig.builder(2025)
                    .source(URI.create(site.baseUrl()))
                    .ratePerMinute(ScrapeConfig.LOCAL_SITE_RATE)
                    .dates(LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 28))
                    .cacheDir(null)
                    .out(out)
                    .build());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      longest = Math.max(longest, seconds);
      int raw = Files.readAllLines(out).size();
      Path deadFile = JsonLinesShotSink.deadLetters(out);
      List<String> dead = Files.exists(deadFile) ? Files.readAllLines(deadFile) : List.of();
      String said =
          dead.isEmpty() ? String.join("; ", summary.failures()) : String.join("; ", dead);
      boolean accounted =
          expected.raw() > 0
              ? raw + dead.size() == MARKERS && summary.failures().isEmpty()
              : raw == 0 && summary.failures().size() == 1;
      boolean ok =
          accounted
              && raw == expected.raw()
              && dead.size() == expected.deadLetters()
              && said.contains(expected.says());
      if (!ok) {
        problems.add(expected.kind() + ": " + raw + " raw, " + dead.size() + " dead: " + said);
      }
      report.add(
          new Sample(
              TABLE,
              expected.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " ("
                  + raw
                  + " raw + "
                  + dead.size()
                  + " dead letters"
                  + (summary.failures().isEmpty() ? "" : ", game failed")
                  + (ok ? ", as expected)" : ", NOT as expected)"),
              "s",
              List.of(seconds)));
      System.out.printf(
          Locale.ROOT, "bench: hostile pages: %s in %.1f s: %s%n", expected.kind(), seconds, said);
    }
    report.note(
        TABLE,
        String.format(
            Locale.ROOT,
            "**Hostile pages: %d kinds, %s, longest run %.0f s.**",
            EXPECTED.size(),
            problems.isEmpty() ? "every marker accounted for" : "NOT every marker accounted for",
            longest));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("hostile pages: " + problems);
    }
  }
}
