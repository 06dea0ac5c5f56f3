package dev.shotcharts.bench;

/** How big a benchmark run is: the full figures of docs/benchmarks.md, or a quick smoke run. */
public record BenchSizes(
    int runs, int records, int trickleRate, int trickleSeconds, int seasonShots, int weekShots) {

  public static final BenchSizes FULL = new BenchSizes(3, 2_000_000, 200, 60, 220_000, 17_000);
  public static final BenchSizes QUICK = new BenchSizes(1, 200_000, 200, 20, 30_000, 5_000);

  public BenchSizes withRuns(int n) {
    return new BenchSizes(n, records, trickleRate, trickleSeconds, seasonShots, weekShots);
  }

  public BenchSizes withRecords(int n) {
    return new BenchSizes(runs, n, trickleRate, trickleSeconds, seasonShots, weekShots);
  }
}
