package dev.shotcharts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command as a user types it: {@code bin/shotcharts demo --embedded} (the
 * embedded engines on free ports; the stack's fixed ports are left alone) exits 0, reconciled.
 */
class DemoIT {
  static final Path ROOT = Path.of(System.getProperty("shotcharts.root"));

  @Test
  void theEmbeddedDemoReconcilesEveryShot(@TempDir Path home) throws Exception {
    Path output = home.resolve("demo.out");
    ProcessBuilder command =
        new ProcessBuilder(ROOT.resolve("bin/shotcharts").toString(), "demo", "--embedded")
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    command.environment().put("SHOTCHARTS_HOME", home.toString()); // its logs, not the checkout's
    Process demo = command.start();
    demo.getOutputStream().close();
    boolean finished = demo.waitFor(8, TimeUnit.MINUTES);
    if (!finished) {
      demo.destroyForcibly();
    }
    String printed = Files.readString(output);
    assertThat(finished).as(printed).isTrue();
    assertThat(demo.exitValue()).as(printed).isZero();
    assertThat(printed)
        .contains("RECONCILED: every shot accounted for")
        .contains("shot markers on the pages      11")
        .containsPattern("rows in the season table       11  \\(snapshot \\d+\\)")
        .contains("rows in exports/shots-Y.tgz    11")
        .containsPattern(
            "(?m)^  iceberg catalog   jdbc:sqlite:/\\S+  table shotcharts\\.shots  properties /\\S+$")
        .doesNotContain("ERROR")
        .doesNotContain("Exception");
    assertThat(printed.lines().count())
        .as("a quiet console: progress and results; the engines' logs go to the log file")
        .isLessThan(60);
    assertThat(home.resolve("logs/shotcharts.log")).isNotEmptyFile();
  }
}
