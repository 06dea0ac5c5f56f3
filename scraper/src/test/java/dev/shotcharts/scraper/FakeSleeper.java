package dev.shotcharts.scraper;

import dev.shotcharts.model.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A sleeper whose time only moves when someone sleeps on it: rate limits and backoff without
 * waiting.
 */
final class FakeSleeper implements Sleeper {
  long now = 1_000_000_000L;
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }
}
