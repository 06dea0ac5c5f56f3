package dev.shotcharts.bench.history;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.FlinkBenchJob;
import dev.shotcharts.bench.Footprint;
import dev.shotcharts.bench.Report;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.localstack.FlinkRest;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.Topics;
import dev.shotcharts.pipeline.SparkMergeLauncher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole history through the pipeline at real size: 26 seasons published as the scraper does,
 * backfilled by our Flink job into a bench lake, every season merged into its Iceberg table on the
 * stack's Spark cluster, then what a user does next ({@link UserActions}); the stack's memory and
 * the sizes. Every season reconciled: rows in the table = distinct events published, and the job
 * dead-lettered exactly the records the contract rejects.
 */
public final class HistorySuite {
  public static final String TABLE = "Whole history";

  private final BenchContext ctx;
  private final HistoryCalendar calendar;

  public HistorySuite(BenchContext ctx, boolean quick) {
    this.ctx = ctx;
    this.calendar = quick ? HistoryCalendar.QUICK : HistoryCalendar.FULL;
  }

  public void run() throws Exception {
    String prefix = "bench/history-" + System.currentTimeMillis();
    LakeSettings lake = ctx.lakeAt(prefix);
    deletePipelineTopics();
    System.out.printf(
        "bench: history: %d seasons, %,d shots, published as the scraper does%n",
        calendar.seasons().size(), calendar.shots());
    HistoryPublisher.Published published =
        new HistoryPublisher(ctx.config().bootstrapServers(), calendar).publish();
    add(
        "published through the scraper's Kafka sink (a transaction per game)",
        "s",
        published.took().toMillis() / 1000.0);

    Footprint stack = new Footprint();
    stack.start(ctx.stack().processes());
    FlinkBenchJob job = new FlinkBenchJob(ctx);
    System.out.println("bench: history: the Flink job backfills the staging area");
    String jobId = job.submit(Topics.SHOT_CHARTS, Topics.DEAD_LETTERS, prefix, true, List.of());
    double backfill =
        job.await(jobId, "FINISHED", Duration.ofMinutes(90)).durationMillis() / 1000.0;
    long stateBytes =
        ctx.stack()
            .job()
            .flink()
            .latestCheckpoint(jobId)
            .map(FlinkRest.Checkpoint::stateBytes)
            .orElse(-1L);
    add("backfill by the Flink job (its own duration)", "s", backfill);

    long mergeStart = System.nanoTime();
    SparkMergeLauncher launcher = new SparkMergeLauncher(ctx.engines(), lake);
    System.out.printf(
        "bench: history: merging seasons %d-%d in one Spark application%n",
        calendar.first(), calendar.last());
    JobResult merged =
        launcher.run(
            launcher
                .config(MergeConfig.Verb.MERGE, calendar.first(), ctx.config().sparkMaster())
                .throughSeason(calendar.last()));
    for (HistoryCalendar.Season each : calendar.seasons()) {
      int season = each.season();
      // One merge a season of the range, in order: a quick run's seasons have gaps between them.
      long rows = merged.merges().get(season - calendar.first()).seasonRows();
      if (rows != published.eventsBySeason().get(season)) {
        throw new IllegalStateException(
            "season "
                + season
                + " merged into "
                + rows
                + " rows, expected "
                + published.eventsBySeason().get(season)
                + " distinct events");
      }
    }
    double merges = (System.nanoTime() - mergeStart) / 1e9;
    add("first merges of every season, in one Spark application (wall)", "s", merges);
    Map<String, Double> peak = stack.stop();
    Map<String, Double> after = Footprint.now(ctx.stack().processes());
    long deadLetters = reconcile(lake, published);

    List<Integer> seasons =
        calendar.seasons().stream().map(HistoryCalendar.Season::season).toList();
    int latest = calendar.last();
    UserActions user =
        new UserActions(
            lake,
            ctx.config().bootstrapServers(),
            Files.createDirectories(
                ctx.workDir().resolve("history-user-" + System.currentTimeMillis())));
    List<UserActions.Timing> timings =
        List.of(
            user.queryOne(latest),
            user.queryAll(seasons),
            user.chart(seasons),
            user.report(latest, published.eventsBySeason().get(latest)));
    for (UserActions.Timing t : timings) {
      add(t.action() + ", cold (empty cache)", "s", t.coldSeconds());
      add(t.action() + ", warm", "s", t.warmSeconds());
    }

    note(
        String.format(
            Locale.ROOT,
            "**Whole history: %,d shots, %d seasons; backfill %s s, first merges %s s, report %s s,"
                + " query %s s (one season, warm), %s s (all seasons, warm).**",
            published.events(),
            seasons.size(),
            Report.format(backfill),
            Report.format(merges),
            Report.format(timings.get(3).warmSeconds()),
            Report.format(timings.get(0).warmSeconds()),
            Report.format(timings.get(1).warmSeconds())));
    note(
        String.format(
            Locale.ROOT,
            "%,d games; %,d records in %s (%,d re-scraped, %,d rejected by the contract);"
                + " backfill %,.0f records/s. Reconciled: every season's rows = its distinct events,"
                + " %d dead letters = the rejected records.",
            published.games(),
            published.records(),
            Topics.SHOT_CHARTS,
            published.rescraped(),
            published.breakers(),
            published.records() / backfill,
            deadLetters));
    note(sizes(prefix, lake, seasons, stateBytes));
    note(Footprint.table("after", after, "peak during backfill and merges", peak));
  }

  /** Every season's rows in the table against its events; the job's dead letters. */
  private long reconcile(LakeSettings lake, HistoryPublisher.Published published) throws Exception {
    try (ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      for (var entry : published.eventsBySeason().entrySet()) {
        long rows = catalog.plan(List.of(entry.getKey()), ShotsCatalog.AsOf.CURRENT).rows();
        if (rows != entry.getValue()) {
          throw new IllegalStateException(
              "season " + entry.getKey() + " has " + rows + " rows, expected " + entry.getValue());
        }
      }
    }
    long[] jobLetters = new long[1];
    TopicReader.forEach(
        ctx.config().bootstrapServers(),
        Topics.DEAD_LETTERS,
        r -> {
          String text = new String(r.value(), StandardCharsets.UTF_8);
          jobLetters[0] += RecordJson.fromJson(text, DeadLetter.class).ofMarker() ? 0 : 1;
        });
    if (jobLetters[0] != published.breakers()) {
      throw new IllegalStateException(
          "the job dead-lettered " + jobLetters[0] + " records, expected " + published.breakers());
    }
    return jobLetters[0];
  }

  /** The table's data files, everything in the bench lake, the de-duplication state. */
  private String sizes(String prefix, LakeSettings lake, List<Integer> seasons, long stateBytes)
      throws Exception {
    long dataBytes;
    int dataFiles;
    try (ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      var scan = catalog.plan(seasons, ShotsCatalog.AsOf.CURRENT);
      dataFiles = scan.files().size();
      dataBytes = scan.files().stream().mapToLong(ShotsCatalog.DataFile::sizeBytes).sum();
    }
    long all = 0;
    for (S3Object o :
        ctx.s3()
            .listObjectsV2Paginator(r -> r.bucket(StackConfig.BUCKET).prefix(prefix + "/"))
            .contents()) {
      all += o.size();
    }
    return String.format(
        Locale.ROOT,
        "Sizes: the table's data files %,d MB in %,d files; the bench lake in all (table,"
            + " metadata, staging left) %,d MB; the de-duplication state at the last checkpoint"
            + " %s.",
        dataBytes / 1_000_000,
        dataFiles,
        all / 1_000_000,
        stateBytes < 0
            ? "not reported"
            : String.format(Locale.ROOT, "%,d MB", stateBytes / 1_000_000));
  }

  /** The pipeline's topics gone, so the history is all they hold. */
  private void deletePipelineTopics() throws Exception {
    List<String> names =
        List.of(Topics.SHOT_CHARTS, Topics.GAMES, Topics.SCHEDULE, Topics.DEAD_LETTERS);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", ctx.config().bootstrapServers()))) {
      List<String> present =
          new ArrayList<>(
              admin.listTopics().names().get(30, java.util.concurrent.TimeUnit.SECONDS));
      present.retainAll(names);
      if (present.isEmpty()) {
        return;
      }
      admin.deleteTopics(present).all().get(30, java.util.concurrent.TimeUnit.SECONDS);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (admin.listTopics().names().get().stream().anyMatch(present::contains)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the topics " + present + " were not deleted in 60 s");
        }
        Thread.sleep(200);
      }
    }
  }

  private void add(String label, String unit, double value) {
    ctx.report().add(new Sample(TABLE, label, unit, List.of(value)));
  }

  private void note(String text) {
    ctx.report().note(TABLE, text);
  }
}
