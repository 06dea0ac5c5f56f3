package dev.shotcharts.localstack;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the watcher last saw ({@code watch.json}), for {@code status}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WatchState(
    String updatedAt, Map<String, Process> processes, List<Long> lagSamples, String lastAction) {

  /** One process: running, restarting or failed; since when; how often it was restarted. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Process(String state, String since, int restarts, String note) {}

  static final String FILE = "watch.json";

  static Optional<WatchState> read(Path home) {
    try {
      return Optional.of(
          RecordJson.fromJson(Files.readString(home.resolve(FILE)), WatchState.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void write(Path home) throws IOException {
    Path tmp = Files.createTempFile(home, FILE, ".tmp");
    Files.writeString(tmp, RecordJson.toJson(this));
    Files.move(
        tmp,
        home.resolve(FILE),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
