package dev.shotcharts.scraper;

import java.time.Duration;

/**
 * A 429 whose Retry-After is too long to wait inside a run (or missing): a run stops; the follower
 * pauses that long and goes on.
 */
public final class RetryLaterException extends SiteBlockedException {
  private final Duration retryAfter;

  public RetryLaterException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** What the site asked for, or null when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
