package dev.shotcharts.scraper;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** What the follower last did, written after every poll for {@code status} to show. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FollowerState(
    int season,
    String source,
    long pid,
    String startedAt,
    String lastPollAt,
    boolean scheduleUnchanged,
    int gamesPublished,
    List<String> pendingGames,
    List<String> failedGames,
    String lastError,
    String nextPollAt,
    int requests) {

  /** Written whole and then moved into place, so a reader never sees half a file. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    Files.writeString(tmp, RecordJson.toJson(this), StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static Optional<FollowerState> read(Path file) {
    try {
      return Optional.of(
          RecordJson.fromJson(Files.readString(file, StandardCharsets.UTF_8), FollowerState.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
