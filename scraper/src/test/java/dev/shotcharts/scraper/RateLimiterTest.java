package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void neverLetsMoreThanTheRateThroughInAMinute() throws InterruptedException {
    FakeSleeper clock = new FakeSleeper();
    RateLimiter limiter = new RateLimiter(15, clock);
    long start = clock.now;
    for (int i = 0; i < 16; i++) {
      limiter.acquire();
    }
    // 16 requests at 15/min: the 16th goes out exactly one minute after the first.
    assertThat(Duration.ofNanos(clock.now - start)).isEqualTo(Duration.ofMinutes(1));
    assertThat(clock.sleeps).hasSize(15).allMatch(d -> d.equals(Duration.ofSeconds(4)));
    assertThat(limiter.waited()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void doesNotWaitWhenRequestsAreAlreadySpacedOut() throws InterruptedException {
    FakeSleeper clock = new FakeSleeper();
    RateLimiter limiter = new RateLimiter(20, clock);
    limiter.acquire();
    clock.now += Duration.ofSeconds(10).toNanos();
    limiter.acquire();
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void aCrawlDelaySlowsTheRateDownButNeverSpeedsItUp() throws InterruptedException {
    FakeSleeper clock = new FakeSleeper();
    RateLimiter limiter = new RateLimiter(15, clock); // one request per 4 s
    limiter.acquire();
    limiter.atLeast(Duration.ofSeconds(10));
    limiter.acquire();
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(10));
    limiter.atLeast(Duration.ofSeconds(1)); // faster than the rate: ignored
    limiter.acquire();
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  @Test
  void aCrawlDelayBeforeTheFirstRequestDoesNotDelayIt() throws InterruptedException {
    FakeSleeper clock = new FakeSleeper();
    RateLimiter limiter = new RateLimiter(15, clock);
    limiter.atLeast(Duration.ofSeconds(10));
    limiter.acquire();
    assertThat(clock.sleeps).isEmpty();
    clock.now += Duration.ofSeconds(10).toNanos(); // exactly the interval later: no wait
    limiter.acquire();
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void aRateMustBePositive() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimiter(0, new FakeSleeper()))
        .hasMessageContaining("rate must be positive");
  }
}
