package dev.shotcharts.localstack;

import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.flink.job.JobConfig;
import dev.shotcharts.model.StateBackend;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stack's Flink job over the cluster's REST API: submits it, resumes it from its newest state,
 * keeps it running, takes its savepoints, and keeps its record ({@link JobRecord}) and last
 * savepoint in the stack's home.
 */
public final class JobOperator {
  private final StackConfig config;
  private final EngineJars jars;

  public JobOperator(StackConfig config, EngineJars jars) {
    this.config = config;
    this.jars = jars;
  }

  /** A job stopped by {@code down}: its savepoint, or why there is none. */
  public record Stopped(String name, String savepoint, String error) {}

  public FlinkRest flink() {
    return new FlinkRest(config.flinkUrl());
  }

  /** Submits the job jar (from a savepoint when given) on the default state backend. */
  public String start(String savepoint) throws Exception {
    return start(savepoint, StateBackend.DEFAULT);
  }

  /** Submits the job jar (from a savepoint when given) on {@code backend}. */
  public String start(String savepoint, StateBackend backend) throws Exception {
    return start(
        JobConfig.defaults(config.bootstrapServers(), config.lake().flinkUri())
            .withStateBackend(backend),
        savepoint);
  }

  /**
   * Submits the job jar with {@code job} (from a savepoint when given); creates its topics first,
   * since the source fails on a topic that does not exist yet.
   */
  private String start(JobConfig job, String savepoint) throws Exception {
    PipelineTopics.createMissing(
        job.bootstrapServers(),
        PipelineTopics.shots(job.topic(), PipelineTopics.DEFAULT_PARTITIONS, (short) 1),
        PipelineTopics.deadLetters(job.deadLetterTopic(), (short) 1));
    String jobId = flink().run(jars.flinkJobJar(), job.toArgs(), savepoint);
    JobRecord.submitted(config.home(), jobId, job.stateBackend().flinkName());
    return jobId;
  }

  /**
   * Starts the job from its newest state: the newest of its retained checkpoints and its last
   * savepoint, never an older one (that would commit again what was committed since); from nothing
   * when it never completed a checkpoint (then nothing was committed either). A checkpoint written
   * on another state backend (a stack from before RocksDB) can only be restored into that backend,
   * so the job is restored there and stopped with a savepoint, which any backend restores.
   */
  public String resume() throws Exception {
    Optional<RestorePoints.RestorePoint> from = restorePoint();
    String moved = "";
    String checkpointOf = from.map(RestorePoints.RestorePoint::checkpointOf).orElse(null);
    if (checkpointOf != null) {
      String written =
          JobRecord.read(config.home())
              .map(job -> job.stateBackend(checkpointOf))
              .orElse(JobRecord.UNRECORDED_BACKEND);
      if (!written.equals(StateBackend.DEFAULT.flinkName())) {
        savepoint(start(from.get().path(), StateBackend.of(written)), true);
        moved = ", moved from its " + written + " checkpoint " + from.get().path();
        from = restorePoint(); // that savepoint, the newest state now
      }
    }
    String jobId = start(from.map(RestorePoints.RestorePoint::path).orElse(null));
    return jobId
        + from.map(p -> " from " + p.path() + " (completed " + p.completed() + ")")
            .orElse(" from nothing (no completed checkpoint)")
        + moved;
  }

  /**
   * Makes sure the stack's job runs: if none of its jobs is alive, starts it from its newest state
   * ({@link #resume}). The demo and the watcher both call it; a lock file keeps them from starting
   * it twice. Returns what it did, or empty when the job was running.
   */
  public Optional<String> ensure() throws Exception {
    Files.createDirectories(config.home());
    try (var channel =
            FileChannel.open(
                config.home().resolve("job.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        var lock = channel.lock()) {
      return hasLiveJob() ? Optional.empty() : Optional.of(resume());
    }
  }

  /** A job of the stack's that is running or on its way there (restarting, created...). */
  public boolean hasLiveJob() throws IOException, InterruptedException {
    List<String> ours = JobRecord.read(config.home()).map(JobRecord::jobIds).orElse(List.of());
    return flink().jobs().stream().anyMatch(j -> ours.contains(j.id()) && !j.terminal());
  }

  /** Whether the stack's job should be running: submitted and not stopped on purpose since. */
  boolean shouldRun() {
    return JobRecord.read(config.home()).filter(JobRecord::shouldRun).isPresent();
  }

  /**
   * Takes a savepoint of the job (stopping it when asked) and records it as the one {@code flink
   * resume} starts from; returns its path.
   */
  public String savepoint(String jobId, boolean stop) throws Exception {
    if (!stop) {
      String path = flink().savepoint(jobId, config.savepointDir());
      Files.writeString(lastSavepointFile(), path);
      return path;
    }
    // Stopped on purpose, said before the stop: the watcher, which resubmits a job that is gone,
    // would otherwise start one from older state while the savepoint is being taken.
    JobRecord.shouldRun(config.home(), false);
    String path;
    try {
      path = flink().stopWithSavepoint(jobId, config.savepointDir());
    } catch (Exception e) {
      JobRecord.shouldRun(config.home(), true); // still running: the watcher keeps it so
      throw e;
    }
    Files.writeString(lastSavepointFile(), path);
    return path;
  }

  /**
   * Stops every running job with a savepoint; one that cannot take it keeps running (stopping the
   * processes must not depend on it: its retained checkpoints remain).
   */
  List<Stopped> stopAll() throws Exception {
    List<Stopped> stopped = new ArrayList<>();
    for (FlinkRest.Job job : flink().runningJobs()) {
      try {
        stopped.add(new Stopped(job.name(), savepoint(job.id(), true), null));
      } catch (StackException e) {
        stopped.add(new Stopped(job.name(), null, e.getMessage()));
      }
    }
    return stopped;
  }

  /** Where the last savepoint's path is kept, for {@code flink resume}. */
  public Path lastSavepointFile() {
    return config.home().resolve("last-savepoint");
  }

  /** The newest state the stack's job can restart from. */
  public Optional<RestorePoints.RestorePoint> restorePoint() throws IOException {
    return restorePoints((points, ids, savepoint) -> points.newest(ids, savepoint));
  }

  /**
   * When the oldest state the job can still restart from was completed: the current job's retained
   * checkpoints and the last savepoint (older jobs' checkpoints are never chosen, the newest state
   * always is).
   */
  Optional<Instant> oldestRestorable() throws IOException {
    return restorePoints(
        (points, ids, savepoint) ->
            points.oldest(
                ids.isEmpty() ? ids : ids.subList(ids.size() - 1, ids.size()), savepoint));
  }

  private interface RestoreQuery<T> {
    T ask(RestorePoints points, List<String> jobIds, String savepoint);
  }

  private <T> T restorePoints(RestoreQuery<T> query) throws IOException {
    List<String> ids = JobRecord.read(config.home()).map(JobRecord::jobIds).orElse(List.of());
    String savepoint =
        Files.exists(lastSavepointFile()) ? Files.readString(lastSavepointFile()).trim() : null;
    try (var s3 = S3Server.connect(config.s3Endpoint())) {
      return query.ask(new RestorePoints(s3, StackConfig.BUCKET), ids, savepoint);
    }
  }
}
