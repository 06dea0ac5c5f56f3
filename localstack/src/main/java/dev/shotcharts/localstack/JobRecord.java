package dev.shotcharts.localstack;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stack's Flink job as the stack knows it ({@code job.json}): every id it was submitted under
 * (their retained checkpoints are its state) and whether it should be running — true from a submit
 * until a stop with a savepoint, so a job lost with its JobManager is resubmitted.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobRecord(List<String> jobIds, boolean shouldRun) {
  static final String FILE = "job.json";

  static Optional<JobRecord> read(Path home) {
    Path file = home.resolve(FILE);
    try {
      return Files.isRegularFile(file)
          ? Optional.of(RecordJson.fromJson(Files.readString(file), JobRecord.class))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static void submitted(Path home, String jobId) throws IOException {
    List<String> ids = new ArrayList<>(read(home).map(JobRecord::jobIds).orElse(List.of()));
    ids.add(jobId);
    write(home, new JobRecord(ids, true));
  }

  static void stopped(Path home) throws IOException {
    Optional<JobRecord> job = read(home);
    if (job.isPresent()) {
      write(home, new JobRecord(job.get().jobIds(), false));
    }
  }

  private static void write(Path home, JobRecord job) throws IOException {
    Files.createDirectories(home);
    Files.writeString(home.resolve(FILE), RecordJson.toJson(job));
  }
}
