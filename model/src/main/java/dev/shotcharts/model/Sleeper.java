package dev.shotcharts.model;

import java.time.Duration;

/**
 * How the pipeline's waits pass time (the scraper's rate limit and backoff, the follower's polls,
 * the cron schedule): a monotonic reading and a sleep. Tests pass one that moves when slept on; the
 * wall clock, where a wait needs one, is a {@link java.time.Clock}.
 */
public interface Sleeper {
  long nanoTime();

  void sleep(Duration duration) throws InterruptedException;

  Sleeper SYSTEM =
      new Sleeper() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
          }
        }
      };
}
