package dev.shotcharts.scraper;

import dev.shotcharts.model.DeadLetter;
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

/**
 * Writes raw shots as JSON lines, the same content as the Kafka records (for debugging), and the
 * dead letters of markers that could not be read to a file beside it ({@code FILE.dead-letters}).
 */
public final class JsonLinesShotSink implements ShotSink {
  private final BufferedWriter out;
  private final Path deadLettersFile;
  private BufferedWriter deadLetters;

  public JsonLinesShotSink(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.deadLettersFile = deadLetters(file);
    Files.deleteIfExists(deadLettersFile); // this run's, not an earlier run's
  }

  /** Where the dead letters of a run writing {@code file} go. */
  public static Path deadLetters(Path file) {
    return file.resolveSibling(file.getFileName() + ".dead-letters");
  }

  /** A file keeps no record of finished games: every run writes everything it finds. */
  @Override
  public Set<String> finishedGames() {
    return Set.of();
  }

  @Override
  public void publishGame(
      ScheduledGame game, List<RawShot> shots, List<DeadLetter> rejected, String pageSha256)
      throws IOException {
    for (RawShot shot : shots) {
      out.write(RecordJson.toJson(shot));
      out.newLine();
    }
    out.flush();
    if (!rejected.isEmpty()) {
      if (deadLetters == null) {
        deadLetters = Files.newBufferedWriter(deadLettersFile, StandardCharsets.UTF_8);
      }
      for (DeadLetter letter : rejected) {
        deadLetters.write(RecordJson.toJson(letter));
        deadLetters.newLine();
      }
      deadLetters.flush();
    }
  }

  /** The file holds shots only, as the topic does; the run's summary names the failures. */
  @Override
  public void recordSchedule(List<ScheduleEntry> entries) {}

  @Override
  public void close() {
    try {
      out.close();
      if (deadLetters != null) {
        deadLetters.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
