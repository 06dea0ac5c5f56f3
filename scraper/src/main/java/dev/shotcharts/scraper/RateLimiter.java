package dev.shotcharts.scraper;

import dev.shotcharts.model.Sleeper;
import java.time.Duration;

/**
 * Spaces requests evenly so that no minute ever sees more than {@code perMinute} of them. Single
 * threaded by design: the scraper fetches one page at a time.
 */
public final class RateLimiter {
  private long intervalNanos;
  private final Sleeper clock;
  private long nextAllowed = Long.MIN_VALUE;
  private long waitedNanos;

  public RateLimiter(double perMinute, Sleeper clock) {
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
