package dev.shotcharts.pipeline;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.shotcharts.model.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job at the minutes of a Unix cron expression (cron-utils computes them), one run per
 * matching minute, on after a failed run, until interrupted (the scheduler container's {@code
 * SIGTERM}).
 */
public final class CronSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(CronSchedule.class);

  private final ExecutionTime times;
  private final Clock clock;
  private final Sleeper sleeper;

  /** On the system's clock and time zone, sleeping for real. */
  public CronSchedule(String expression) {
    this(expression, Clock.systemDefaultZone(), Sleeper.SYSTEM);
  }

  /** On {@code clock} (its zone is the cron's), sleeping on {@code sleeper}. */
  public CronSchedule(String expression, Clock clock, Sleeper sleeper) {
    this.times = ExecutionTime.forCron(parse(expression));
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public static Cron parse(String expression) {
    return new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX))
        .parse(expression)
        .validate();
  }

  /** Runs {@code job} at every fire time until the thread is interrupted; returns the runs. */
  public int run(String name, IntSupplier job) {
    int runs = 0;
    ZonedDateTime last = null;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        // From the last fire time, not from now: a run shorter than a minute never fires twice.
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime from = last == null || now.isAfter(last) ? now : last;
        ZonedDateTime next = times.nextExecution(from).orElseThrow();
        LOG.info("next run of {} at {}", name, next);
        sleeper.sleep(Duration.between(ZonedDateTime.now(clock), next));
        last = next;
        runs++;
        try {
          LOG.info("{} exited with {}", name, job.getAsInt());
        } catch (RuntimeException e) {
          LOG.error("{} failed: {}; the schedule goes on", name, e.toString());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("schedule of {} stopped after {} runs", name, runs);
    return runs;
  }
}
