package dev.shotcharts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.clients.LakeReader;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.FreePorts;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.localstack.FlinkRest;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.ProcessChange.Outcome;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.localstack.StackDown;
import dev.shotcharts.localstack.StackException;
import dev.shotcharts.localstack.StackService;
import dev.shotcharts.localstack.StackStatus;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.StateBackend;
import dev.shotcharts.testing.FixtureSite;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-Docker stack for real: every process its own JVM on free loopback ports, the Flink job
 * submitted over REST, a game scraped into it, an upgrade through a savepoint, and nothing left
 * running after {@code down}.
 */
class LocalStackIT {
  @RegisterExtension static final FixtureSite SITE = new FixtureSite("sites/sample");

  /** Every port free, so the test never meets a stack a developer has running. */
  static StackConfig config(Path home) {
    int[] p = new int[9];
    for (int i = 0; i < p.length; i++) {
      p[i] = FreePorts.pick();
    }
    return new StackConfig(home, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    await(what, condition, () -> "");
  }

  static void await(
      String what, BooleanSupplier condition, java.util.function.Supplier<String> detail)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + " " + detail.get());
      }
      Thread.sleep(500);
    }
  }

  static String jobs(FlinkRest flink) {
    try {
      return flink.jobs().toString();
    } catch (Exception e) {
      return e.toString();
    }
  }

  static int status(String url) {
    HttpResponse<String> response = get(url);
    return response == null ? -1 : response.statusCode();
  }

  static String body(String url) {
    HttpResponse<String> response = get(url);
    return response == null ? "" : response.body();
  }

  /** The response, or null while the server does not answer. */
  private static HttpResponse<String> get(String url) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      return null;
    }
  }

  static long duplicates(FlinkRest flink, String job) {
    try {
      return flink.accumulator(job, "duplicates");
    } catch (Exception e) {
      return -1;
    }
  }

  static boolean running(FlinkRest flink) {
    try {
      return !flink.runningJobs().isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void demoUpgradeDemoDown(@TempDir Path home) throws Exception {
    StackConfig c = config(home);
    EngineJars jars = EngineJars.fromBuild();
    LocalStack stack = new LocalStack(c, jars);
    Demo demo = new Demo(new StackRuntime(stack, c), jars);
    try {
      assertThat(stack.up())
          .as("every process but the history server, which runs when asked")
          .hasSize(7)
          .allMatch(change -> change.outcome() == Outcome.STARTED)
          .noneMatch(change -> change.name().equals(StackService.SPARK_HISTORY.processName()));
      assertThat(stack.up())
          .as("idempotent")
          .allMatch(change -> change.outcome() == Outcome.ALREADY_RUNNING);
      assertThat(LocalStack.runningAt(home))
          .as("the description the verbs find the stack by")
          .contains(c);
      assertThat(Files.readString(c.logs().resolve("kafka.log")))
          .as("the broker logs at INFO")
          .contains("INFO");
      // up waits for each service's own port; a web UI may answer a moment later on a busy machine.
      await("the Flink dashboard", () -> status(c.flinkUrl() + "/overview") == 200);
      await(
          "the Spark master's UI",
          () -> status("http://127.0.0.1:" + c.sparkUiPort() + "/json/") == 200);
      assertThat(status(c.s3Endpoint() + "/")).as("S3 answers (403 without keys)").isIn(200, 403);

      DemoCounts first =
          demo.run(2025, LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 28), null);
      assertThat(first.shotsOnPages()).isEqualTo(11);
      assertThat(first.season().tableRows()).isEqualTo(11);
      assertThat(first.exportedRows()).isEqualTo(11);
      assertThat(first.balanced()).isTrue();
      var table = OutsideReader.table(c.catalogProperties());
      assertThat(table.currentSnapshot().snapshotId()).isEqualTo(first.season().snapshotId());
      assertThat(table.currentSnapshot().summary())
          .containsEntry("total-records", "11")
          .containsEntry("total-delete-files", "0");
      assertThat(demo.table(first))
          .contains(
              "  iceberg catalog   "
                  + c.lake().catalogUri()
                  + "  table shotcharts.shots  properties "
                  + c.catalogProperties())
          .contains("  rows in the season table       11");
      // Asked for after the merge, the history server shows it: the event log was written anyway.
      assertThat(stack.startHistory().outcome()).isEqualTo(Outcome.STARTED);
      await(
          "the history server to list the demo's Spark application",
          () ->
              body("http://127.0.0.1:" + c.sparkHistoryPort() + "/api/v1/applications")
                  .contains("\"attempts\""));

      // Through a savepoint into the job as it ran before RocksDB, its state on the heap (a
      // canonical savepoint restores into any backend), then the same games again: nothing lost,
      // nothing doubled.
      String job = stack.job().flink().runningJobs().get(0).id();
      assertThat(stack.job().flink().jobParallelism(job)).as("the cluster's default").isEqualTo(2);
      assertThat(stack.job().flink().stateBackend(job)).contains("RocksDB");
      String savepoint = stack.job().savepoint(job, true);
      assertThat(savepoint).startsWith("s3://" + StackConfig.BUCKET + "/savepoints/");
      String upgraded = stack.job().start(savepoint, StateBackend.HASHMAP);
      await("the upgraded job to run", () -> running(stack.job().flink()));
      // The same 11 shots again, before any merge: the upgraded job must remember every event id
      // (its de-duplication state came through the savepoint), so nothing new reaches ongoing/
      // and its duplicate counter says 11. A merge would hide lost state (it de-duplicates too).
      demo.publish(2025, LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 28), null);
      LakeReader lake = new LakeReader(S3Server.connect(c.s3Endpoint()), StackConfig.BUCKET);
      assertThat(lake.rows(LakeLayout.ongoingSeason(2025) + "/"))
          .as("rows the upgraded job wrote for events it had already seen")
          .isEmpty();
      await("the duplicate counter", () -> duplicates(stack.job().flink(), upgraded) == 11);
      DemoCounts again =
          demo.run(2025, LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 28), null);
      assertThat(again.season().tableRows()).isEqualTo(11);
      assertThat(again.balanced()).isTrue();

      // kill -9 of the JobManager and the TaskManager: the watcher starts both again and
      // resubmits the job from its newest checkpoint, with no human. That checkpoint is the heap
      // backend's, which RocksDB cannot read: the watcher restores it on the heap and moves it to
      // RocksDB through a savepoint. The same shots again then add nothing: the de-duplication
      // state came back with the checkpoint.
      String before = stack.job().flink().runningJobs().get(0).id();
      stack.processes().get("flink-jobmanager").destroyForcibly();
      stack.processes().get("flink-taskmanager").destroyForcibly();
      await(
          "the watcher to resubmit the job",
          () -> {
            try {
              return Files.readString(c.logs().resolve("watch.log")).contains("resubmitted")
                  && stack.job().flink().runningJobs().stream()
                      .anyMatch(j -> !j.id().equals(before));
            } catch (Exception e) {
              return false;
            }
          });
      await(
          "status to show both restarts",
          () -> {
            try {
              StackStatus status = stack.status();
              return restarts(status, StackService.FLINK_JOBMANAGER) == 1
                  && restarts(status, StackService.FLINK_TASKMANAGER) == 1;
            } catch (Exception e) {
              return false;
            }
          });
      assertThat(Files.readString(c.logs().resolve("watch.log")))
          .contains("flink-jobmanager is not running; restarting it")
          .contains("the Flink job was gone (a JobManager restart); resubmitted")
          .contains("moved from its hashmap checkpoint");
      String recovered = stack.job().flink().runningJobs().get(0).id();
      assertThat(stack.job().flink().stateBackend(recovered)).contains("RocksDB");
      demo.publish(2025, LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 28), null);
      assertThat(lake.rows(LakeLayout.ongoingSeason(2025) + "/"))
          .as("rows the recovered job wrote for events it had already seen")
          .isEmpty();
      // The counter counts across restarts: the 11 repeats after the upgrade, the 11 of the
      // second demo (both restored with the checkpoint), and these 11.
      long[] counted = new long[1];
      await(
          "the recovered job's duplicate counter to reach 33",
          () -> (counted[0] = duplicates(stack.job().flink(), recovered)) == 3 * 11,
          () -> "(it says " + counted[0] + "; jobs " + jobs(stack.job().flink()) + ")");

      StackDown down = stack.down(false);
      assertThat(down.jobs()).as("stopped with a savepoint").anyMatch(j -> j.savepoint() != null);
      assertThat(Files.readString(stack.job().lastSavepointFile())).startsWith("s3://");
    } finally {
      stack.down(false);
    }
    assertThat(Files.list(home.resolve("pids")).toList()).as("no process left").isEmpty();
    assertThat(LocalStack.runningAt(home)).as("down: no stack for the verbs").isEmpty();
    assertThat(stack.status().processes()).allMatch(p -> p.state() == StackStatus.State.STOPPED);
  }

  private static int restarts(StackStatus status, StackService service) {
    return status.process(service.processName()).map(StackStatus.Process::restarts).orElse(0);
  }

  @Test
  void aTakenPortIsNamedWithTheOptionThatMovesIt(@TempDir Path home) throws Exception {
    StackConfig c = config(home);
    LocalStack stack = new LocalStack(c, EngineJars.fromBuild());
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), c.kafkaPort()));
      assertThatThrownBy(stack::up)
          .isInstanceOf(StackException.class)
          .hasMessage(
              "port "
                  + c.kafkaPort()
                  + " (kafka) is taken; free it or choose another with --kafka-port");
    } finally {
      stack.down(false);
    }
  }

  @Test
  void downWithNoStackStopsNothing(@TempDir Path home) throws Exception {
    assertThat(new LocalStack(config(home), EngineJars.fromBuild()).down(false).processes())
        .hasSize(6)
        .allMatch(c -> c.outcome() == Outcome.WAS_NOT_RUNNING);
  }

  @Test
  void aProcessThatDiesWhileStartingIsReportedWithTheEndOfItsLog(@TempDir Path home)
      throws Exception {
    StackConfig c = config(home);
    // Storage "formatted" for another node: the broker refuses to start with it.
    Path kafkaData = Files.createDirectories(c.data("kafka"));
    Files.writeString(
        kafkaData.resolve("meta.properties"),
        "version=1\ncluster.id=AAAAAAAAAAAAAAAAAAAAAA\nnode.id=99\ndirectory.id=AAAAAAAAAAAAAAAAAAAAAA\n");
    LocalStack stack = new LocalStack(c, EngineJars.fromBuild());
    try {
      assertThatThrownBy(stack::up)
          .isInstanceOf(StackException.class)
          .hasMessageStartingWith("kafka exited with")
          .hasMessageContaining("the end of " + c.logs().resolve("kafka.log"));
      assertThat(stack.status().processes()).allMatch(p -> p.state() == StackStatus.State.STOPPED);
    } finally {
      stack.down(false);
    }
  }
}
