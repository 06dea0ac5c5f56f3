package dev.shotcharts.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The scraper's parse rate: {@link ShotChartParseBenchmark} through JMH, one value a round. */
public final class ParseRate {
  public static final String TABLE = "Scraper: shot-chart page parse rate (one core)";

  private ParseRate() {}

  public static void measure(Report report, boolean quick) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(ShotChartParseBenchmark.class.getName())
            .forks(1)
            .warmupIterations(quick ? 1 : 3)
            .measurementIterations(quick ? 3 : 5)
            .warmupTime(TimeValue.seconds(quick ? 2 : 5))
            .measurementTime(TimeValue.seconds(quick ? 2 : 5))
            .build();
    List<Double> rates = new ArrayList<>();
    for (RunResult run : new Runner(options).run()) {
      run.getBenchmarkResults()
          .forEach(
              b -> {
                for (IterationResult i : b.getIterationResults()) {
                  rates.add(i.getPrimaryResult().getScore());
                }
              });
    }
    report.add(
        new Sample(TABLE, "a page of 170 shots, fixture markup (RealisticPage)", "pages/s", rates));
  }
}
