package dev.shotcharts.bench;

import dev.shotcharts.scraper.ScheduledGame;
import dev.shotcharts.scraper.ShotChartParser;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pages per second one core turns into raw shots: Jsoup parse of the whole page (comments included)
 * plus marker extraction, on a page of a real game's size (170 markers, 85 a team, one chart inside
 * an HTML comment).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ShotChartParseBenchmark {
  private static final ScheduledGame GAME =
      new ScheduledGame("202410220BOS", 2025, LocalDate.of(2024, 10, 22), "BOS", "NYK", 132, 109);

  private String html;
  private final ShotChartParser parser = new ShotChartParser();

  @Setup
  public void buildPage() {
    html = RealisticPage.build(85);
  }

  @Benchmark
  public int parsePage() {
    return parser
        .parse(Jsoup.parse(html, "http://bench/202410220BOS.html"), GAME, "2026-11-23T04:05:00Z")
        .shots()
        .size();
  }
}
