package dev.shotcharts.localstack;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack's Flink job as the stack knows it ({@code job.json}): every id it was submitted under
 * (their retained checkpoints are its state), the state backend each id ran on (a checkpoint can
 * only be restored into the backend that wrote it), and whether it should be running — true from a
 * submit until a stop with a savepoint, so a job lost with its JobManager is resubmitted.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobRecord(List<String> jobIds, Map<String, String> stateBackends, boolean shouldRun) {
  static final String FILE = "job.json";

  /** Every stack before the backend was recorded ran its job on the heap. */
  static final String UNRECORDED_BACKEND = "hashmap";

  public JobRecord {
    stateBackends = stateBackends == null ? Map.of() : Map.copyOf(stateBackends);
  }

  /** The state backend job {@code jobId} ran on, so its checkpoints are restored into the same. */
  String stateBackend(String jobId) {
    return stateBackends.getOrDefault(jobId, UNRECORDED_BACKEND);
  }

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

  static void submitted(Path home, String jobId, String stateBackend) throws IOException {
    Optional<JobRecord> job = read(home);
    List<String> ids = new ArrayList<>(job.map(JobRecord::jobIds).orElse(List.of()));
    ids.add(jobId);
    Map<String, String> backends =
        new LinkedHashMap<>(job.map(JobRecord::stateBackends).orElse(Map.of()));
    backends.put(jobId, stateBackend);
    write(home, new JobRecord(ids, backends, true));
  }

  /** Whether the watcher is to keep the job running (false: stopped on purpose). */
  static void shouldRun(Path home, boolean run) throws IOException {
    Optional<JobRecord> job = read(home);
    if (job.isPresent()) {
      write(home, new JobRecord(job.get().jobIds(), job.get().stateBackends(), run));
    }
  }

  private static void write(Path home, JobRecord job) throws IOException {
    Files.createDirectories(home);
    Files.writeString(home.resolve(FILE), RecordJson.toJson(job));
  }
}
