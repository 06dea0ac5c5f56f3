package dev.shotcharts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheduler on a clock the test moves: fire times, once a minute, failures, a stop. */
class CronScheduleTest {
  static final ZonedDateTime START = ZonedDateTime.of(2024, 10, 26, 23, 0, 0, 0, ZoneOffset.UTC);

  /** Sleeping moves the clock; a run takes {@code runTime}; the n-th sleep interrupts. */
  static final class TestClock extends Clock implements Sleeper {
    ZonedDateTime now = START;
    final List<ZonedDateTime> fired = new ArrayList<>();
    int sleepsLeft;
    Duration runTime = Duration.ZERO;

    TestClock(int sleeps) {
      sleepsLeft = sleeps;
    }

    @Override
    public Instant instant() {
      return now.toInstant();
    }

    @Override
    public ZoneId getZone() {
      return now.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the schedule keeps the clock's zone");
    }

    @Override
    public long nanoTime() {
      return now.toInstant().toEpochMilli() * 1_000_000;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (sleepsLeft-- == 0) {
        throw new InterruptedException("SIGTERM");
      }
      now = now.plus(duration);
    }

    int run(int exit) {
      fired.add(now);
      now = now.plus(runTime);
      return exit;
    }
  }

  @Test
  void firesAtTheCronsMinutesAndStopsOnASignal() {
    TestClock clock = new TestClock(3);
    int runs = new CronSchedule("5 4 * * 0", clock, clock).run("weekly", () -> clock.run(0));
    assertThat(runs).isEqualTo(3);
    assertThat(clock.fired)
        .containsExactly(
            ZonedDateTime.of(2024, 10, 27, 4, 5, 0, 0, ZoneOffset.UTC),
            ZonedDateTime.of(2024, 11, 3, 4, 5, 0, 0, ZoneOffset.UTC),
            ZonedDateTime.of(2024, 11, 10, 4, 5, 0, 0, ZoneOffset.UTC));
    assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
  }

  @Test
  void aRunShorterThanAMinuteNeverFiresTwiceInThatMinute() {
    TestClock clock = new TestClock(3);
    clock.runTime = Duration.ofSeconds(-1); // the run "ends" before its minute is over
    new CronSchedule("* * * * *", clock, clock).run("weekly", () -> clock.run(0));
    assertThat(clock.fired).doesNotHaveDuplicates().hasSize(3);
    assertThat(clock.fired.get(1)).isEqualTo(clock.fired.get(0).plusMinutes(1));
    Thread.interrupted();
  }

  @Test
  void goesOnAfterAFailedRun() {
    TestClock clock = new TestClock(3);
    int[] calls = {0};
    new CronSchedule("0 * * * *", clock, clock)
        .run(
            "weekly",
            () -> {
              clock.run(1);
              if (calls[0]++ == 0) {
                throw new IllegalStateException("merge failed");
              }
              return 1;
            });
    assertThat(clock.fired).hasSize(3);
    Thread.interrupted();
  }
}
