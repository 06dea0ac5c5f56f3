package dev.shotcharts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.localstack.FlinkRest;
import dev.shotcharts.localstack.JobOperator;
import dev.shotcharts.localstack.ProcessChange;
import dev.shotcharts.localstack.ProcessChange.Outcome;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.localstack.StackDown;
import dev.shotcharts.localstack.StackStatus;
import dev.shotcharts.localstack.StackStatus.State;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stack's typed states in the words and columns the console shows. */
class StackConsoleTest {
  @Test
  void aChangeIsOneAlignedLineWithItsUi() {
    assertThat(
            StackConsole.line(
                new ProcessChange("kafka", Outcome.ALREADY_RUNNING, "kafka 127.0.0.1:9092")))
        .isEqualTo("kafka              already running        kafka 127.0.0.1:9092");
    assertThat(StackConsole.line(new ProcessChange("flink-taskmanager", Outcome.STARTED, null)))
        .isEqualTo("flink-taskmanager  started                ");
  }

  @Test
  void downSaysEachJobsSavepointOrWhyItHasNone() {
    StackDown down =
        new StackDown(
            List.of(
                new JobOperator.Stopped("shotcharts", "s3://shotcharts/savepoints/sp-1", null),
                new JobOperator.Stopped("other", null, "timed out")),
            List.of(new ProcessChange("s3", Outcome.WAS_NOT_RUNNING, null)),
            Path.of("/tmp/stack"));
    assertThat(StackConsole.lines(down))
        .containsExactly(
            "flink job shotcharts stopped with savepoint s3://shotcharts/savepoints/sp-1",
            "flink job other could not stop with a savepoint (timed out); its last retained"
                + " checkpoint remains under s3://"
                + StackConfig.BUCKET
                + "/checkpoints",
            "s3                 was not running        ",
            "removed /tmp/stack");
  }

  @Test
  void statusWarnsOfWhatNeedsAHand() {
    Instant started = Instant.now().minus(Duration.ofMinutes(3));
    StackStatus status =
        new StackStatus(
            List.of(
                new StackStatus.Process("kafka", State.RUNNING, 42, started, 2, null, "kafka x"),
                new StackStatus.Process("s3", State.FAILED, 0, null, 5, "restarted 5 times", null),
                new StackStatus.Process("spark-history", State.STOPPED, 0, null, 0, null, null),
                new StackStatus.Process("watch", State.STOPPED, 0, null, 0, null, null)),
            null,
            Optional.of(
                new StackStatus.Table("shotcharts.shots", 0, null, "0", 0, Path.of("c"), null)),
            Optional.of(new StackStatus.Lag("shot_charts", 30, List.of(10L, 20L, 30L), null)),
            List.of(
                new StackStatus.Job(
                    new FlinkRest.Job("j1", "shotcharts", "RUNNING", 120_000),
                    "EmbeddedRocksDBStateBackend",
                    Optional.empty(),
                    true)),
            true);
    List<String> lines = StackConsole.lines(status);
    assertThat(lines.get(0))
        .startsWith("kafka              running, pid 42, up 3m0")
        .endsWith(", 2 restarts kafka x");
    assertThat(lines)
        .contains(
            "s3                 failed (restarted 5 times) ",
            "spark-history      stopped (up --history starts it) ",
            "table shotcharts.shots: no snapshot yet (merge a season)",
            "consumer lag of the Flink job on shot_charts: 30 records",
            "  WARN the lag is growing: [10, 20, 30] (every 10 s)",
            "  WARN the stack's Flink job should run but does not (bin/shotcharts flink resume)");
    assertThat(lines.get(3)).startsWith("watch").contains("WARN nothing restarts a process");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                        "flink job j1 shotcharts: RUNNING, state in EmbeddedRocksDBStateBackend,"
                            + " last checkpoint none")
                    && l.contains("WARN no checkpoint completed for over 60 s"));
  }
}
