package dev.shotcharts.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildProcessOutputTest {
  private static Process shell(String script) throws IOException {
    return new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
  }

  @Test
  void returnsTheLastResultLineAndPassesEveryLineOn() throws Exception {
    List<String> seen = new ArrayList<>();
    String result =
        ChildProcessOutput.result(
            shell("echo start; echo 'X-RESULT rows=1'; echo 'X-RESULT rows=2' >&2; echo end"),
            "child",
            line -> line.startsWith("X-RESULT"),
            seen::add);
    assertThat(result).isEqualTo("X-RESULT rows=2");
    assertThat(seen).containsExactly("start", "X-RESULT rows=1", "X-RESULT rows=2", "end");
  }

  @Test
  void aFailedChildReportsItsExitCodeAndItsLastLines() {
    assertThatThrownBy(
            () ->
                ChildProcessOutput.result(
                    shell("i=0; while [ $i -lt 100 ]; do echo line$i; i=$((i+1)); done; exit 3"),
                    "merge",
                    line -> line.startsWith("X-RESULT"),
                    line -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("merge failed (exit code 3, no result line)")
        .hasMessageContaining("line99")
        .hasMessageNotContaining("line39\n")
        .hasMessageContaining("line40\n");
  }

  @Test
  void aResultLineDoesNotRescueANonZeroExit() {
    assertThatThrownBy(
            () ->
                ChildProcessOutput.result(
                    shell("echo 'X-RESULT rows=1'; exit 1"),
                    "export",
                    line -> line.startsWith("X-RESULT"),
                    line -> {}))
        .hasMessageStartingWith("export failed (exit code 1)")
        .hasMessageContaining("X-RESULT rows=1");
  }
}
