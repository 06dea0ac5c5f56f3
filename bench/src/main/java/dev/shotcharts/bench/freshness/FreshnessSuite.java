package dev.shotcharts.bench.freshness;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.FlinkBenchJob;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.bench.SyntheticTopic;
import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.testing.SyntheticShots;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * How fresh the lake is: a steady trickle of shots into a running job (production checkpoints),
 * each stamped with the instant it was produced ({@code scraped_at}); the delay of a row is the
 * instant its file was first listed in the bucket minus that stamp. Files are listed every 200 ms.
 */
public final class FreshnessSuite {
  public static final String TABLE = "Freshness: produce → row visible in committed Parquet";
  private static final Duration POLL = Duration.ofMillis(200);

  private final BenchContext ctx;

  public FreshnessSuite(BenchContext ctx) {
    this.ctx = ctx;
  }

  public void run() throws Exception {
    List<Double> p50 = new ArrayList<>();
    List<Double> p95 = new ArrayList<>();
    List<Double> max = new ArrayList<>();
    for (int run = 1; run <= ctx.sizes().runs(); run++) {
      System.out.printf("bench: freshness run %d of %d%n", run, ctx.sizes().runs());
      List<Long> delays = once(run);
      delays.sort(null);
      p50.add(percentile(delays, 50) / 1000.0);
      p95.add(percentile(delays, 95) / 1000.0);
      max.add(delays.get(delays.size() - 1) / 1000.0);
    }
    String trickle =
        ctx.sizes().trickleRate() + " records/s for " + ctx.sizes().trickleSeconds() + " s";
    ctx.report().add(new Sample(TABLE, "p50 delay, " + trickle, "s", p50));
    ctx.report().add(new Sample(TABLE, "p95 delay, " + trickle, "s", p95));
    ctx.report().add(new Sample(TABLE, "max delay, " + trickle, "s", max));
    ctx.report()
        .note(
            TABLE,
            "Checkpoint interval "
                + FlinkBenchJob.CHECKPOINT_INTERVAL.toSeconds()
                + " s: a row becomes visible when the checkpoint after it completes.");
  }

  /** One trickle; the delay of every row, in milliseconds. */
  private List<Long> once(int run) throws Exception {
    String prefix = BenchContext.runPrefix("freshness", run);
    String topic = "bench_trickle_" + run;
    SyntheticTopic synthetic = new SyntheticTopic(ctx.config().bootstrapServers());
    synthetic.create(topic, 2);
    FlinkBenchJob job = new FlinkBenchJob(ctx);
    String jobId = job.submit(topic, prefix, false, List.of());
    job.await(jobId, "RUNNING", Duration.ofMinutes(2));
    Thread.sleep(3_000); // the tasks deploy after the job turns RUNNING

    int total = ctx.sizes().trickleRate() * ctx.sizes().trickleSeconds();
    Thread producer = new Thread(() -> trickle(synthetic, topic, run, total), "trickle-producer");
    producer.start();

    LakeReader lake = ctx.lake();
    Set<String> seen = new HashSet<>();
    List<Long> delays = new ArrayList<>();
    long deadline =
        System.nanoTime() + Duration.ofSeconds(ctx.sizes().trickleSeconds() + 90).toNanos();
    while (delays.size() < total && System.nanoTime() < deadline) {
      for (String key : lake.parquetKeys(prefix + "/" + LakeLayout.ONGOING)) {
        if (seen.add(key)) {
          long visible = Instant.now().toEpochMilli();
          for (GenericRecord row : lake.fileRows(key)) {
            delays.add(visible - epochMillis(row.get("scraped_at")));
          }
        }
      }
      Thread.sleep(POLL.toMillis());
    }
    producer.join();
    job.cancel(jobId);
    if (delays.size() != total) {
      throw new IllegalStateException(
          "freshness: " + delays.size() + " rows became visible of " + total + " produced");
    }
    return delays;
  }

  /** {@code total} shots at the trickle rate, each stamped when it is sent. */
  private void trickle(SyntheticTopic synthetic, String topic, int run, int total) {
    SyntheticShots shots = SyntheticShots.seasons(run, 2025);
    long intervalNanos = 1_000_000_000L / ctx.sizes().trickleRate();
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer = synthetic.producer()) {
      for (int i = 0; i < total; i++) {
        long due = start + i * intervalNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        int game = i / SyntheticTopic.SHOTS_PER_GAME;
        SyntheticTopic.send(
            producer, topic, shots.shot(game, i % SyntheticTopic.SHOTS_PER_GAME, Instant.now()));
        producer.flush(); // a trickle: each record leaves at once, not with the next batch
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long epochMillis(Object value) {
    return value instanceof Instant i ? i.toEpochMilli() : (Long) value;
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
