package dev.shotcharts.cli;

import dev.shotcharts.scraper.FollowerState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code status} lines of the followers whose state files are in the stack's home. */
final class FollowerStatus {
  private FollowerStatus() {}

  static List<String> lines(Path home) throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.isDirectory(home)) {
      return lines;
    }
    try (Stream<Path> files = Files.list(home)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().matches("follower-\\d+\\.json"))
              .sorted()
              .toList()) {
        FollowerState.read(file).ifPresent(s -> lines.add(line(s)));
      }
    }
    return lines;
  }

  static String line(FollowerState s) {
    boolean alive = ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false);
    StringBuilder line =
        new StringBuilder(
            String.format(
                "%-18s %-22s ",
                "follower " + s.season(), alive ? "running (pid " + s.pid() + ")" : "stopped"));
    line.append("last poll ")
        .append(s.lastPollAt())
        .append(s.scheduleUnchanged() ? " (schedule unchanged)" : "")
        .append(", ")
        .append(s.gamesPublished())
        .append(" games published since ")
        .append(s.startedAt());
    if (!s.pendingGames().isEmpty()) {
      line.append(", pending ").append(s.pendingGames());
    }
    if (!s.failedGames().isEmpty()) {
      line.append(", failed ").append(s.failedGames());
    }
    if (alive && s.nextPollAt() != null) {
      line.append(", next poll ").append(s.nextPollAt());
    }
    if (s.lastError() != null) {
      line.append("\n  WARN last error: ").append(s.lastError());
    }
    return line.toString();
  }
}
