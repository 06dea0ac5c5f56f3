package dev.shotcharts.bench.history;

import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.KafkaShotSink;
import dev.shotcharts.scraper.ScheduledGame;
import dev.shotcharts.testing.SyntheticShots;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The history as the scraper publishes it: every game of every season through {@link
 * KafkaShotSink}, one Kafka transaction per game with its {@code GameDone} marker, by four scrapers
 * at once (seasons dealt out in turn); then a week of re-scrapes of the newest season with a newer
 * {@code scraped_at}; and, in one game of every fifth season, a record the contract rejects (a
 * result that is neither make nor miss), which the job must dead-letter.
 */
final class HistoryPublisher {
  static final int SCRAPERS = 4;
  static final int PARTITIONS = 2; // one per core, as the throughput runs
  static final int RESCRAPED_GAMES = 7 * 8; // a week, eight games a day
  static final Instant SCRAPED_AT = Instant.parse("2026-11-23T04:05:00Z");

  /** What was published: per season its distinct valid events, and the totals. */
  record Published(
      Map<Integer, Long> eventsBySeason,
      long records,
      long rescraped,
      long breakers,
      int games,
      Duration took) {
    long events() {
      return eventsBySeason.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final String bootstrapServers;
  private final HistoryCalendar calendar;
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong gamesDone = new AtomicLong();

  HistoryPublisher(String bootstrapServers, HistoryCalendar calendar) {
    this.bootstrapServers = bootstrapServers;
    this.calendar = calendar;
  }

  Published publish() throws Exception {
    long start = System.nanoTime();
    int games = calendar.seasons().stream().mapToInt(HistoryCalendar.Season::games).sum();
    Map<Integer, Long> events = new ConcurrentHashMap<>();
    AtomicLong breakers = new AtomicLong();
    ExecutorService scrapers = Executors.newFixedThreadPool(SCRAPERS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int s = 0; s < SCRAPERS; s++) {
        int scraper = s;
        running.add(
            scrapers.submit(
                () -> {
                  try (KafkaShotSink sink = sink("history-scraper-" + scraper)) {
                    for (int i = scraper; i < calendar.seasons().size(); i += SCRAPERS) {
                      HistoryCalendar.Season season = calendar.seasons().get(i);
                      boolean breaks = i % 5 == 0;
                      events.put(season.season(), publishSeason(sink, season, breaks, games));
                      breakers.addAndGet(breaks ? 1 : 0);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> scraper : running) {
        scraper.get();
      }
    } finally {
      scrapers.shutdownNow();
    }
    long before = records.get();
    try (KafkaShotSink sink = sink("history-rescrape")) {
      rescrape(sink, calendar.seasons().get(calendar.seasons().size() - 1));
    }
    return new Published(
        new TreeMap<>(events),
        records.get(),
        records.get() - before,
        breakers.get(),
        games,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Every game of the season; the number of distinct valid events published. */
  private long publishSeason(
      KafkaShotSink sink, HistoryCalendar.Season season, boolean breaks, int allGames)
      throws Exception {
    SyntheticShots synthetic = SyntheticShots.seasons(season.season(), season.season());
    long events = 0;
    List<ScheduleEntry> schedule = new ArrayList<>();
    for (int game = 0; game < season.games(); game++) {
      List<RawShot> shots = game(synthetic, season, game, SCRAPED_AT);
      schedule.add(published(shots.get(0)));
      events += shots.size();
      if (breaks && game == 0) {
        RawShot last = shots.get(shots.size() - 1);
        shots.add(withResult(last, shots.size(), "swish"));
      }
      sink.publishGame(scheduled(shots.get(0)), shots, "synthetic-" + shots.get(0).gameId());
      records.addAndGet(shots.size());
      long done = gamesDone.incrementAndGet();
      if (done % Math.max(1, allGames / 20) == 0) {
        System.out.printf(
            "bench: history: published %,d of %,d games (%,d records)%n",
            done, allGames, records.get());
      }
    }
    sink.recordSchedule(schedule);
    return events;
  }

  private static ScheduleEntry published(RawShot s) {
    return new ScheduleEntry(
        s.gameId(),
        s.season(),
        s.gameDate(),
        s.homeTeam(),
        s.awayTeam(),
        ScheduleEntry.Status.PUBLISHED,
        null,
        s.scrapedAt());
  }

  /** The season's last week again, scraped a week later: the same events, newer rows. */
  private void rescrape(KafkaShotSink sink, HistoryCalendar.Season season) throws Exception {
    SyntheticShots synthetic = SyntheticShots.seasons(season.season() + 1_000, season.season());
    Instant later = SCRAPED_AT.plus(Duration.ofDays(7));
    int from = Math.max(0, season.games() - RESCRAPED_GAMES);
    for (int game = from; game < season.games(); game++) {
      List<RawShot> shots = game(synthetic, season, game, later);
      sink.publishGame(scheduled(shots.get(0)), shots, "rescraped-" + shots.get(0).gameId());
      records.addAndGet(shots.size());
    }
    System.out.printf(
        "bench: history: re-scraped the last %d games of season %d%n",
        season.games() - from, season.season());
  }

  private static List<RawShot> game(
      SyntheticShots synthetic, HistoryCalendar.Season season, int game, Instant scrapedAt) {
    List<RawShot> shots = new ArrayList<>();
    for (int seq = 0; seq < season.shots(game); seq++) {
      shots.add(synthetic.shot(season.season(), game, seq, scrapedAt));
    }
    return shots;
  }

  private static RawShot withResult(RawShot s, int seq, String result) {
    return new RawShot(
        s.schemaVersion(),
        s.gameId(),
        s.season(),
        s.gameDate(),
        s.homeTeam(),
        s.awayTeam(),
        s.team(),
        seq,
        s.xPx(),
        s.yPx(),
        result,
        s.playerId(),
        s.period(),
        s.homeName(),
        s.awayName(),
        s.homePts(),
        s.awayPts(),
        s.tip(),
        s.sourceUrl(),
        s.scrapedAt());
  }

  private static ScheduledGame scheduled(RawShot s) {
    return new ScheduledGame(
        s.gameId(),
        s.season(),
        LocalDate.parse(s.gameDate()),
        s.homeTeam(),
        s.awayTeam(),
        s.homePts(),
        s.awayPts());
  }

  private KafkaShotSink sink(String transactionalId) throws Exception {
    return new KafkaShotSink(
        new KafkaShotSink.KafkaTopics(
            bootstrapServers,
            Topics.SHOT_CHARTS,
            Topics.DEAD_LETTERS,
            Topics.GAMES,
            Topics.SCHEDULE,
            PARTITIONS,
            (short) 1),
        transactionalId);
  }
}
