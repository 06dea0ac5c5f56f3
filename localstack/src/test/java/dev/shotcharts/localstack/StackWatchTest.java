package dev.shotcharts.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's bookkeeping without processes: log rotation, a growing lag, restorable state. */
class StackWatchTest {
  static StackConfig config(Path home) {
    return new StackConfig(home, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void aLogIsRotatedKeepingThreeBeforeIt(@TempDir Path home) throws Exception {
    Supervisor supervisor = new Supervisor(config(home));
    Files.createDirectories(home.resolve("logs"));
    Path log = supervisor.log("kafka");
    for (int run = 1; run <= 5; run++) {
      Files.writeString(log, "run " + run + "\n");
      supervisor.rotate("kafka");
    }
    assertThat(log).isEmptyFile(); // truncated in place: a running process keeps its file
    assertThat(Files.readString(Path.of(log + ".1"))).isEqualTo("run 5\n");
    assertThat(Files.readString(Path.of(log + ".3"))).isEqualTo("run 3\n");
    assertThat(Path.of(log + ".4")).doesNotExist();
  }

  @Test
  void theLagGrowsWhenItRisesOverTheLastSamples() {
    assertThat(StackStatus.Lag.growing(List.of(0L, 10L, 20L, 40L))).isTrue();
    assertThat(StackStatus.Lag.growing(List.of(40L, 20L, 30L))).isFalse();
    assertThat(StackStatus.Lag.growing(List.of(10L, 20L))).isFalse();
    assertThat(StackStatus.Lag.growing(List.of(5L, 5L, 5L))).isFalse();
  }

  @Test
  void aSubmittedJobShouldRunUntilItIsStoppedOnPurpose(@TempDir Path home) throws Exception {
    assertThat(JobRecord.read(home)).isEmpty();
    JobRecord.submitted(home, "a", "hashmap");
    JobRecord.submitted(home, "b", "rocksdb");
    Map<String, String> backends = Map.of("a", "hashmap", "b", "rocksdb");
    assertThat(JobRecord.read(home)).contains(new JobRecord(List.of("a", "b"), backends, true));
    JobRecord.shouldRun(home, false);
    assertThat(JobRecord.read(home)).contains(new JobRecord(List.of("a", "b"), backends, false));
  }

  @Test
  void aJobRecordedBeforeTheBackendWasRanOnTheHeap(@TempDir Path home) throws Exception {
    Files.writeString(home.resolve(JobRecord.FILE), "{\"job_ids\":[\"a\"],\"should_run\":true}");
    JobRecord job = JobRecord.read(home).orElseThrow();
    assertThat(job.jobIds()).containsExactly("a");
    assertThat(job.stateBackend("a")).isEqualTo("hashmap");
  }
}
