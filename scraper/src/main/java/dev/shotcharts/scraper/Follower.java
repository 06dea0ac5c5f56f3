package dev.shotcharts.scraper;

import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.ScheduleEntry.Status;
import dev.shotcharts.model.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a season live: looks at the current schedule page (one conditional request a poll),
 * scrapes each newly played game once and publishes it in one transaction, as {@code scrape} does.
 * What is done lives in Kafka (the games topic), so a restart fetches nothing again and misses
 * nothing; a Kafka outage is waited out; a 403 stops it, a long 429 pauses it.
 */
public final class Follower {
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);
  private static final Duration LONGEST_KAFKA_BACKOFF = Duration.ofMinutes(1);

  /** Another follower with the same transactional id took over: this one must stop. */
  public static final class FencedException extends RuntimeException {
    FencedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Opens the sink; a second call after a failure opens a new one. */
  public interface SinkFactory {
    ShotSink open() throws Exception;
  }

  private final FollowConfig config;
  private final Clock clock;
  private final Sleeper sleeper;
  private final SiteClient site;
  private final SeasonSchedule schedule;
  private final GamePage pages;
  private final SinkFactory sinks;
  private final String startedAt;

  private ShotSink sink;
  private Set<String> finished;
  private List<String> months;
  private LocalDate monthsFor;
  private final Map<String, Integer> attempts = new HashMap<>();
  private final Set<String> failed = new LinkedHashSet<>();
  private int published;
  private String lastError;

  public Follower(FollowConfig config, Clock clock, Sleeper sleeper, SinkFactory sinks) {
    this.config = config;
    this.clock = clock;
    this.sleeper = sleeper;
    RateLimiter limiter = new RateLimiter(config.scrape().ratePerMinute(), sleeper);
    this.site = Scrape.site(config.scrape(), limiter, sleeper);
    this.schedule = new SeasonSchedule(site);
    this.pages = new GamePage(site);
    this.sinks = sinks;
    this.startedAt = now();
  }

  /** The follower the configuration describes, publishing to its Kafka. */
  public static Follower of(FollowConfig config) {
    return of(config, Clock.system(config.siteZone()));
  }

  /** As {@link #of(FollowConfig)}, on the calendar of {@code clock} (a fixture's season). */
  public static Follower of(FollowConfig config, Clock clock) {
    return new Follower(config, clock, Sleeper.SYSTEM, () -> Scrape.kafkaSink(config.scrape()));
  }

  /** Polls until interrupted; a 403 or being fenced ends it with that exception. */
  public void run() throws InterruptedException {
    LOG.info(
        "following season {} on {}: polls every {} ({} on game nights, {} when idle)",
        config.scrape().season(),
        config.scrape().source(),
        config.polls().normal(),
        config.polls().gameNight(),
        config.polls().idle());
    try {
      while (!Thread.currentThread().isInterrupted()) {
        sleeper.sleep(pollOnce());
      }
    } finally {
      closeSink();
    }
  }

  /** One look at the schedule and at every game it newly lists as played; the wait until next. */
  public Duration pollOnce() throws InterruptedException {
    int season = config.scrape().season();
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.siteZone()));
    LocalDate today = now.toLocalDate();
    LocalDate from = today.minusDays(config.lookbackDays());
    List<String> pending = new ArrayList<>();
    Duration next;
    boolean unchanged = false;
    try {
      if (months == null || !today.equals(monthsFor)) {
        months = schedule.monthPaths(season, from, today); // the season page: once a day
        monthsFor = today;
      }
      SeasonSchedule.Read read = schedule.readMonths(months, season, from, today);
      unchanged = read.unchanged();
      List<ScheduleEntry> entries = new ArrayList<>();
      Set<String> done = finished();
      List<ScheduledGame> todo =
          read.rows().played().stream()
              .filter(g -> !done.contains(g.gameId()) && !failed.contains(g.gameId()))
              .toList();
      for (ScheduledGame game : todo) {
        follow(game, pending, entries);
      }
      record(entries);
      next = config.polls().next(read.rows(), pending.size(), now);
      LOG.info(
          "poll: schedule {}, {} played since {}, {} new, {} published so far, {} pending{}; next"
              + " poll in {}",
          unchanged ? "unchanged" : "read",
          read.rows().played().size(),
          from,
          todo.size(),
          published,
          pending.size(),
          pending.isEmpty() ? "" : " " + pending,
          next);
      lastError = null;
    } catch (RetryLaterException e) {
      Duration wait = e.retryAfter() == null ? config.polls().idle() : e.retryAfter();
      next = wait.compareTo(config.polls().normal()) > 0 ? wait : config.polls().normal();
      lastError = e.getMessage();
      LOG.warn("the site asks us to wait: {}; next poll in {}", e.getMessage(), next);
    } catch (SiteBlockedException e) {
      lastError = e.getMessage();
      writeState(unchanged, pending, null);
      throw e;
    } catch (IOException | PageFormatException e) {
      next = config.polls().normal();
      lastError = e.getMessage();
      LOG.error("poll failed: {}; next poll in {}", e.getMessage(), next);
    }
    writeState(unchanged, pending, next);
    return next;
  }

  /** Scrapes and publishes one played game, or leaves it pending or failed. */
  private void follow(ScheduledGame game, List<String> pending, List<ScheduleEntry> entries)
      throws InterruptedException {
    try {
      GamePage.Shots shots = pages.fetch(game);
      if (shots == null) {
        LOG.info("{}: played, its chart page is not published yet", game.gameId());
        pending.add(game.gameId());
        return;
      }
      publish(game, shots);
      LOG.info("{}: {} shots published", game.gameId(), shots.shots().size());
      entries.add(Scraper.entry(game, Status.PUBLISHED, null));
    } catch (IOException | PageFormatException e) {
      int tries = attempts.merge(game.gameId(), 1, Integer::sum);
      if (tries >= config.maxAttempts()) {
        failed.add(game.gameId());
        entries.add(Scraper.entry(game, Status.FAILED, e.getMessage()));
        LOG.error(
            "{}: failed {} times, left for a scrape: {}", game.gameId(), tries, e.getMessage());
      } else {
        pending.add(game.gameId());
        LOG.warn(
            "{}: attempt {} failed, again next poll: {}", game.gameId(), tries, e.getMessage());
      }
    }
  }

  /** Publishes a game, waiting out a Kafka outage; the page is not fetched again meanwhile. */
  private void publish(ScheduledGame game, GamePage.Shots shots) throws InterruptedException {
    Duration backoff = Duration.ofSeconds(1);
    while (true) {
      try {
        sink().publishGame(game, shots.shots(), shots.rejected(), shots.pageSha256());
        finished.add(game.gameId());
        published++;
        return;
      } catch (ProducerFencedException e) {
        throw fenced(e);
      } catch (Exception e) {
        if (e.getCause() instanceof ProducerFencedException fencedBy) {
          throw fenced(fencedBy);
        }
        LOG.warn("Kafka: {}; publishing {} again in {}", e.toString(), game.gameId(), backoff);
        lastError = "Kafka: " + e.getMessage();
        closeSink();
        sleeper.sleep(backoff);
        backoff = Collections.min(List.of(backoff.multipliedBy(2), LONGEST_KAFKA_BACKOFF));
      }
    }
  }

  /** The games already published, read once from Kafka (waiting out an outage). */
  private Set<String> finished() throws InterruptedException {
    Duration backoff = Duration.ofSeconds(1);
    while (finished == null) {
      try {
        finished = new java.util.HashSet<>(sink().finishedGames());
      } catch (ProducerFencedException e) {
        throw fenced(e);
      } catch (Exception e) {
        LOG.warn("Kafka: {}; reading the published games again in {}", e.toString(), backoff);
        closeSink();
        sleeper.sleep(backoff);
        backoff = Collections.min(List.of(backoff.multipliedBy(2), LONGEST_KAFKA_BACKOFF));
      }
    }
    return finished;
  }

  private ShotSink sink() throws Exception {
    if (sink == null) {
      sink = sinks.open(); // a new producer with the same id fences the old one's transaction
    }
    return sink;
  }

  private void record(List<ScheduleEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    try {
      sink().recordSchedule(entries);
    } catch (ProducerFencedException e) {
      throw fenced(e);
    } catch (Exception e) {
      LOG.warn("could not record {} games of the schedule: {}", entries.size(), e.toString());
    }
  }

  private FencedException fenced(ProducerFencedException e) {
    closeSink();
    return new FencedException(
        "another follower of season "
            + config.scrape().season()
            + " took over (its producer fenced this one): stopping",
        e);
  }

  private void closeSink() {
    if (sink != null) {
      try {
        sink.close();
      } catch (KafkaException | IllegalStateException e) {
        LOG.debug("closing the sink: {}", e.toString());
      }
      sink = null;
    }
  }

  private void writeState(boolean unchanged, List<String> pending, Duration next) {
    FollowerState state =
        new FollowerState(
            config.scrape().season(),
            config.scrape().source().toString(),
            ProcessHandle.current().pid(),
            startedAt,
            now(),
            unchanged,
            published,
            List.copyOf(pending),
            List.copyOf(failed),
            lastError,
            next == null
                ? null
                : clock.instant().plus(next).truncatedTo(ChronoUnit.SECONDS).toString(),
            site.requests());
    try {
      state.write(config.stateFile());
    } catch (IOException e) {
      LOG.warn("could not write {}: {}", config.stateFile(), e.toString());
    }
  }

  private String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
