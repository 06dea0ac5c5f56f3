package dev.shotcharts.scraper;

import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.ScheduleEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Writes raw shots as JSON lines, the same content as the Kafka records (for debugging). */
public final class JsonLinesShotSink implements ShotSink {
  private final BufferedWriter out;

  public JsonLinesShotSink(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** A file keeps no record of finished games: every run writes everything it finds. */
  @Override
  public Set<String> finishedGames() {
    return Set.of();
  }

  @Override
  public void publishGame(ScheduledGame game, List<RawShot> shots, String pageSha256)
      throws IOException {
    for (RawShot shot : shots) {
      out.write(RecordJson.toJson(shot));
      out.newLine();
    }
    out.flush();
  }

  /** The file holds shots only, as the topic does; the run's summary names the failures. */
  @Override
  public void recordSchedule(List<ScheduleEntry> entries) {}

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
