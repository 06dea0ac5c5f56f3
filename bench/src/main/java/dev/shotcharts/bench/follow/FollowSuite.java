package dev.shotcharts.bench.follow;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.FlinkBenchJob;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.scraper.FollowConfig;
import dev.shotcharts.scraper.Follower;
import dev.shotcharts.scraper.PollSchedule;
import dev.shotcharts.scraper.ScheduledGame;
import dev.shotcharts.scraper.ScrapeConfig;
import dev.shotcharts.scraper.ShotChartParser;
import dev.shotcharts.testing.FixtureSite;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.jsoup.Jsoup;

/**
 * Final buzzer to lake: a fixture site whose schedule marks games played one after another, the
 * follower polling it, the Flink job running with production checkpoints. A game's delay is from
 * the moment its box-score link appears to the moment all its rows are in committed Parquet files
 * of {@code shots/ongoing/} (listed every 200 ms).
 */
public final class FollowSuite {
  public static final String TABLE = "Final buzzer → lake: box-score link → all rows committed";
  static final Duration POLL = Duration.ofSeconds(10);
  static final Duration LAKE_POLL = Duration.ofMillis(200);
  static final String CHART = "/boxscores/shot-chart/202410220BOS.html";

  private final BenchContext ctx;
  private final int games;

  public FollowSuite(BenchContext ctx, int games) {
    this.ctx = ctx;
    this.games = games;
  }

  public void run() throws Exception {
    String prefix = BenchContext.runPrefix("follow", 1);
    String topic = "bench_follow_" + System.currentTimeMillis();
    FlinkBenchJob job = new FlinkBenchJob(ctx);
    try (FixtureSite site = new FixtureSite("sites/sample")) {
      site.start();
      String chart = site.original(CHART);
      LiveSchedule schedule = new LiveSchedule(site, LocalDate.of(2024, 10, 1), games);
      schedule.publish(0);
      for (ScheduledGame game : schedule.games()) {
        site.replace(game.shotChartPath(), chart);
      }
      int markers =
          new ShotChartParser()
              .parse(Jsoup.parse(chart, site.baseUrl() + CHART), schedule.games().get(0), "x")
              .shots()
              .size();

      // The job first, so that its source reads the topic from the start.
      ScrapeConfig scrape =
          ScrapeConfig.builder(2025)
              .source(URI.create(site.baseUrl()))
              .ratePerMinute(ScrapeConfig.DEFAULT_RATE) // the real site's budget, not a local one
              .cacheDir(ctx.workDir().resolve("follow-cache-" + topic))
              .bootstrapServers(ctx.config().bootstrapServers())
              .topic(topic)
              .transactionalId("bench-follower-" + topic)
              .build();
      PipelineTopics.createMissing(
          scrape.bootstrapServers(),
          PipelineTopics.shots(topic, PipelineTopics.DEFAULT_PARTITIONS, (short) 1));
      String jobId = job.submit(topic, prefix, false, List.of());
      job.await(jobId, "RUNNING", Duration.ofMinutes(2));
      Thread.sleep(3_000); // the tasks deploy after the job turns RUNNING

      FollowConfig config =
          FollowConfig.of(scrape)
              .withPolls(PollSchedule.every(POLL))
              .withLookbackDays(31)
              .withStateFile(ctx.workDir().resolve("follower-bench.json"));
      Clock evening = Clock.fixed(Instant.parse("2024-11-01T02:00:00Z"), FollowConfig.SITE_ZONE);
      Thread follower = new Thread(() -> follow(Follower.of(config, evening)), "follower");
      follower.start();
      try {
        report(measure(schedule, prefix, markers), markers);
      } finally {
        follower.interrupt();
        follower.join(30_000);
        job.cancel(jobId);
      }
    }
  }

  private static void follow(Follower follower) {
    try {
      follower.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Finishes the games one by one at random spacings; the delay of each, in seconds. */
  private List<Double> measure(LiveSchedule schedule, String prefix, int markers) throws Exception {
    Random random = new Random(7);
    Map<String, Instant> finished = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    Map<String, Double> delays = new HashMap<>();
    Set<String> seen = new HashSet<>();
    LakeReader lake = ctx.lake();
    Instant nextFinish = Instant.now();
    int done = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(games + 5L).toNanos();
    while (delays.size() < games) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "follow: " + delays.size() + " of " + games + " games reached the lake in time");
      }
      if (done < games && !Instant.now().isBefore(nextFinish)) {
        schedule.publish(++done);
        finished.put(schedule.games().get(done - 1).gameId(), Instant.now());
        System.out.printf("bench: game %d of %d over%n", done, games);
        nextFinish = Instant.now().plusMillis(8_000 + random.nextInt(8_000));
      }
      for (String key : lake.parquetKeys(prefix + "/" + LakeLayout.ONGOING)) {
        if (!seen.add(key)) {
          continue;
        }
        Instant visible = Instant.now();
        for (GenericRecord row : lake.fileRows(key)) {
          String game = row.get("game_id").toString();
          if (rows.merge(game, 1, Integer::sum) == markers && finished.containsKey(game)) {
            delays.put(game, Duration.between(finished.get(game), visible).toMillis() / 1000.0);
          }
        }
      }
      Thread.sleep(LAKE_POLL.toMillis());
    }
    if (rows.values().stream().anyMatch(n -> n != markers)) {
      throw new IllegalStateException(
          "follow: a game has other than " + markers + " rows: " + rows);
    }
    return new ArrayList<>(delays.values());
  }

  private void report(List<Double> delays, int markers) {
    delays.sort(null);
    double p50 = percentile(delays, 50);
    double p95 = percentile(delays, 95);
    double max = delays.get(delays.size() - 1);
    String over = games + " games, poll every " + POLL.toSeconds() + " s";
    ctx.report().add(new Sample(TABLE, "p50, " + over, "s", List.of(p50)));
    ctx.report().add(new Sample(TABLE, "p95, " + over, "s", List.of(p95)));
    ctx.report().add(new Sample(TABLE, "max, " + over, "s", List.of(max)));
    long c = FlinkBenchJob.CHECKPOINT_INTERVAL.toSeconds();
    ctx.report()
        .note(
            TABLE,
            String.format(
                java.util.Locale.ROOT,
                "**Final buzzer → lake: p95 %.1f s (poll every %d s, checkpoints every %d s).**"
                    + " Goal: p95 ≤ P + 2·C + 10 = %d s. Every game in the lake once, %d rows"
                    + " each; the follower at the real site's budget of %.0f requests a minute.",
                p95,
                POLL.toSeconds(),
                c,
                POLL.toSeconds() + 2 * c + 10,
                markers,
                ScrapeConfig.DEFAULT_RATE));
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
