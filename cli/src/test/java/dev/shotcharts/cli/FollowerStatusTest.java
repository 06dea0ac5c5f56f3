package dev.shotcharts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.scraper.FollowerState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowerStatusTest {
  static FollowerState state(int season, long pid, String error) {
    return new FollowerState(
        season,
        "https://www.basketball-reference.com",
        pid,
        "2026-12-01T20:00:00Z",
        "2026-12-02T03:10:00Z",
        true,
        7,
        List.of("202412010LAL"),
        List.of("202411300DEN"),
        error,
        "2026-12-02T03:12:00Z",
        120);
  }

  @Test
  void statusShowsEachFollowerFromItsStateFile(@TempDir Path home) throws Exception {
    state(2025, ProcessHandle.current().pid(), null).write(home.resolve("follower-2025.json"));
    state(2024, Long.MAX_VALUE - 1, "x.html: 403 Forbidden, stopping the run")
        .write(home.resolve("follower-2024.json"));
    List<String> lines = FollowerStatus.lines(home);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("follower 2024").contains("stopped").contains("403");
    assertThat(lines.get(1))
        .startsWith("follower 2025")
        .contains("running (pid " + ProcessHandle.current().pid())
        .contains("(schedule unchanged)")
        .contains("7 games published")
        .contains("pending [202412010LAL]")
        .contains("failed [202411300DEN]")
        .contains("next poll 2026-12-02T03:12:00Z");
    assertThat(FollowerStatus.lines(home.resolve("missing"))).isEmpty();
  }
}
