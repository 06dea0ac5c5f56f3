package dev.shotcharts.transform;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.RecordJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The job's transform without a cluster: raw JSON lines in, curated JSON lines out (field names are
 * the Parquet columns), dead letters to a third file. Same parser, same checks, same first-wins
 * de-duplication as the Flink job.
 */
public final class OfflineTransform {
  /** What one run did; every input line is curated, a duplicate or a dead letter. */
  public record Summary(long records, long curated, long duplicates, long deadLetters) {}

  private final Curation curation = new Curation();

  public Summary run(Path in, Path out, Path deadLetters) throws IOException {
    long records = 0;
    long curated = 0;
    long duplicates = 0;
    long dead = 0;
    Set<String> seen = new HashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter curatedOut = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        BufferedWriter deadOut = Files.newBufferedWriter(deadLetters, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        records++;
        if (line.isBlank()) {
          continue;
        }
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        // Where it came from: the file as the "topic" and the line number as the offset.
        Curation.Outcome outcome =
            curation.apply(bytes, Curation.Origin.file(in.toString(), records), Instant.now());
        if (!outcome.curated()) {
          deadOut.write(RecordJson.toJson(outcome.deadLetter()));
          deadOut.newLine();
          dead++;
          continue;
        }
        CuratedShot shot = outcome.shot();
        if (!seen.add(shot.eventId())) {
          duplicates++;
          continue;
        }
        curatedOut.write(RecordJson.toJson(shot));
        curatedOut.newLine();
        curated++;
      }
    }
    return new Summary(records, curated, duplicates, dead);
  }
}
