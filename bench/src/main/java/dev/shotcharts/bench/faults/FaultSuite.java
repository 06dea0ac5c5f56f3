package dev.shotcharts.bench.faults;

import dev.shotcharts.bench.BenchContext;
import dev.shotcharts.bench.Sample;
import dev.shotcharts.clients.ConsumerLag;
import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.localstack.FlinkRest;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackService;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.Topics;
import dev.shotcharts.testing.SyntheticShots;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The fault suite: on the bench stack, with the watcher and the production job, records stream in
 * while processes are killed, the S3 server hangs past the checkpoint timeout, the job is upgraded
 * and poison records arrive; after each fault it waits, with no human, for the job to run and
 * checkpoint again. At the end the lake must hold exactly the records the producer got
 * acknowledged, once each, and the dead letters exactly the poison.
 */
public final class FaultSuite {
  public static final String TABLE = "Faults: recovery without a human";
  static final int RATE = 200;
  static final Duration BETWEEN = Duration.ofSeconds(20);
  static final Duration RECOVERY = Duration.ofMinutes(3);

  /** Longer than the stack's checkpoint timeout (2 min). */
  static final Duration S3_HANG = Duration.ofSeconds(135);

  private final BenchContext ctx;
  private final Set<String> acked = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean producing = new AtomicBoolean(true);

  public FaultSuite(BenchContext ctx) {
    this.ctx = ctx;
  }

  /** One fault: what it does, then how long recovery took. */
  private interface Fault {
    void inject() throws Exception;
  }

  public void run() throws Exception {
    LocalStack stack = ctx.stack();
    System.out.println(
        "bench: faults: submitting the job: " + stack.job().ensure().orElse("running"));
    Thread producer = new Thread(this::produce, "fault-producer");
    producer.start();
    List<String> rows = new ArrayList<>();
    int injected = 0;
    try {
      Thread.sleep(BETWEEN.toMillis());
      List<Object[]> plan = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        plan.add(
            new Object[] {
              "TaskManager kill -9", (Fault) () -> kill(StackService.FLINK_TASKMANAGER)
            });
      }
      for (int i = 0; i < 2; i++) {
        plan.add(
            new Object[] {"JobManager kill -9", (Fault) () -> kill(StackService.FLINK_JOBMANAGER)});
      }
      plan.add(new Object[] {"S3 server kill -9", (Fault) () -> kill(StackService.S3)});
      plan.add(
          new Object[] {
            "S3 server hung " + S3_HANG.toSeconds() + " s (past the checkpoint timeout)",
            (Fault) this::hangS3
          });
      for (int i = 0; i < 2; i++) {
        plan.add(new Object[] {"Kafka broker kill -9", (Fault) () -> kill(StackService.KAFKA)});
      }
      plan.add(new Object[] {"savepoint upgrade", (Fault) this::upgrade});
      Set<String> poison = new HashSet<>();
      plan.add(
          new Object[] {
            "poison records (" + PoisonRecords.of(shot(0)).size() + " kinds)",
            (Fault) () -> poison.addAll(sendPoison())
          });
      for (Object[] step : plan) {
        String name = (String) step[0];
        System.out.printf("bench: faults: %d of %d: %s%n", injected + 1, plan.size(), name);
        Instant at = Instant.now();
        ((Fault) step[1]).inject();
        injected++;
        Duration recovered = awaitRecovery(at);
        rows.add(name + ": running and checkpointing again after " + recovered.toSeconds() + " s");
        ctx.report().add(new Sample(TABLE, name, "s", List.of((double) recovered.toSeconds())));
        Thread.sleep(BETWEEN.toMillis());
      }
      producing.set(false);
      producer.join();
      check(injected, poison.size(), rows);
      // The cluster has two slots, and the suites after this one need them.
      for (FlinkRest.Job job : stack.job().flink().runningJobs()) {
        System.out.println(
            "bench: faults: stopped the job with savepoint "
                + stack.job().savepoint(job.id(), true));
      }
    } finally {
      producing.set(false);
      producer.join(60_000);
    }
  }

  private void kill(StackService process) throws Exception {
    ProcessHandle handle = ctx.stack().processes().get(process.processName());
    if (handle == null) {
      throw new IllegalStateException(process.processName() + " is not running before its fault");
    }
    handle.destroyForcibly();
  }

  private void hangS3() throws Exception {
    long pid = ctx.stack().processes().get(StackService.S3.processName()).pid();
    signal("STOP", pid);
    try {
      Thread.sleep(S3_HANG.toMillis());
    } finally {
      signal("CONT", pid);
    }
  }

  private static void signal(String signal, long pid) throws Exception {
    new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
  }

  private void upgrade() throws Exception {
    LocalStack stack = ctx.stack();
    String job = stack.job().flink().runningJobs().get(0).id();
    String savepoint = stack.job().savepoint(job, true);
    System.out.println(
        "bench: faults: upgraded to " + stack.job().start(savepoint) + " from " + savepoint);
  }

  /** Every kind once; returns the kinds. */
  private Set<String> sendPoison() throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      for (PoisonRecords.Poison p : PoisonRecords.of(shot(0)).values()) {
        producer.send(new ProducerRecord<>(Topics.SHOT_CHARTS, p.key(), p.value())).get();
      }
    }
    return PoisonRecords.of(shot(0)).keySet();
  }

  /** The job alive and a checkpoint completed after the fault: how long that took. */
  private Duration awaitRecovery(Instant fault) throws Exception {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var running = ctx.stack().job().flink().runningJobs();
        if (!running.isEmpty()) {
          var latest = ctx.stack().job().flink().latestCheckpoint(running.get(0).id());
          if (latest.isPresent() && Instant.now().minus(latest.get().age()).isAfter(fault)) {
            return Duration.between(fault, Instant.now());
          }
        }
      } catch (Exception e) {
        // the JobManager is down: keep waiting
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException("no recovery within " + RECOVERY + " of the fault at " + fault);
  }

  /** Distinct shots at {@link #RATE} a second; an event counts once the broker acknowledged it. */
  private void produce() {
    int sent = 0;
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      while (producing.get()) {
        long due = start + sent * 1_000_000_000L / RATE;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000);
        }
        RawShot shot = shot(sent++);
        producer.send(
            new ProducerRecord<>(
                Topics.SHOT_CHARTS, shot.gameId().getBytes(), RecordJson.toBytes(shot)),
            (metadata, error) -> {
              if (error == null) {
                acked.add(shot.eventId());
              }
            });
      }
      producer.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final SyntheticShots SHOTS = SyntheticShots.seasons(11, 2025);

  private static synchronized RawShot shot(int i) {
    return SHOTS.shot(i / 180, i % 180, Instant.now());
  }

  private KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ctx.config().bootstrapServers());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    // Through a broker restart: keep retrying rather than fail the record.
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private void check(int injected, int poison, List<String> rows) throws Exception {
    System.out.println("bench: faults: waiting for the job to catch up");
    if (!ConsumerLag.awaitZero(
        ctx.config().bootstrapServers(),
        Topics.FLINK_GROUP,
        Topics.SHOT_CHARTS,
        Duration.ofMinutes(5))) {
      throw new IllegalStateException("the job did not catch up in 5 minutes");
    }
    Thread.sleep(25_000); // committed offsets lead the Parquet commit by a checkpoint
    LakeReader lake = ctx.lake();
    List<String> ids = new ArrayList<>();
    for (GenericRecord row : lake.rows(LakeLayout.ONGOING + "/")) {
      ids.add(row.get("event_id").toString());
    }
    Set<String> distinct = new HashSet<>(ids);
    Set<String> lost = new HashSet<>(acked);
    lost.removeAll(distinct);
    Set<String> unexpected = new HashSet<>(distinct);
    unexpected.removeAll(acked);
    int duplicated = ids.size() - distinct.size();
    long deadLetters =
        TopicReader.readAll(ctx.config().bootstrapServers(), Topics.DEAD_LETTERS).size();
    String line =
        String.format(
            Locale.ROOT,
            "**Faults: %d injected, %d lost, %d duplicated.**",
            injected,
            lost.size(),
            duplicated + unexpected.size());
    ctx.report()
        .note(
            TABLE,
            line
                + String.format(
                    Locale.ROOT,
                    " %,d records acknowledged by the broker; %,d rows in `ongoing/`, %,d distinct;"
                        + " %d rows of no produced record; %d dead letters for %d poison records."
                        + "%n%n",
                    acked.size(),
                    ids.size(),
                    distinct.size(),
                    unexpected.size(),
                    deadLetters,
                    poison)
                + String.join("\n", rows.stream().map(r -> "- " + r).toList()));
    System.out.println("bench: " + line);
  }
}
