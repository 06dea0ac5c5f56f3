package dev.shotcharts.scraper;

import java.time.Duration;

/**
 * Spaces requests evenly so that no minute ever sees more than {@code perMinute} of them. Single
 * threaded by design: the scraper fetches one page at a time.
 */
public final class RateLimiter {
  /** Time source and sleep, so tests can drive the limiter without waiting. */
  public interface Clock {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    Clock SYSTEM =
        new Clock() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
          }
        };
  }

  private long intervalNanos;
  private final Clock clock;
  private long nextAllowed = Long.MIN_VALUE;
  private long waitedNanos;

  public RateLimiter(double perMinute, Clock clock) {
    if (perMinute <= 0) {
      throw new IllegalArgumentException("rate must be positive: " + perMinute);
    }
    this.intervalNanos = (long) (60_000_000_000L / perMinute);
    this.clock = clock;
  }

  /** Never faster than one request per {@code interval} (a robots.txt Crawl-delay). */
  public void atLeast(Duration interval) {
    if (interval.toNanos() > intervalNanos) {
      if (nextAllowed != Long.MIN_VALUE) {
        nextAllowed += interval.toNanos() - intervalNanos; // the wait after the last request too
      }
      intervalNanos = interval.toNanos();
    }
  }

  /** Blocks until the next request may go out. */
  public void acquire() throws InterruptedException {
    long now = clock.nanoTime();
    if (nextAllowed != Long.MIN_VALUE && now < nextAllowed) {
      long wait = nextAllowed - now;
      waitedNanos += wait;
      clock.sleep(Duration.ofNanos(wait));
      now = nextAllowed;
    }
    nextAllowed = now + intervalNanos;
  }

  /** Total time spent waiting for the rate limit. */
  public Duration waited() {
    return Duration.ofNanos(waitedNanos);
  }
}
