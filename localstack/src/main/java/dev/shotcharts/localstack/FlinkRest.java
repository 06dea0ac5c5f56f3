package dev.shotcharts.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Flink session cluster's REST API: upload and run a jar, list jobs, savepoints, stop. */
public final class FlinkRest {
  private final String base;

  /** A REST call the JobManager does not answer in this time is reported, not waited on. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  /** The job jar's upload: a hundred MB over loopback. */
  static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(3);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public FlinkRest(String base) {
    this.base = base;
  }

  /** A job of the cluster, with its state (RUNNING, FINISHED, ...) and how long it has run. */
  public record Job(String id, String name, String state, long durationMillis) {
    private static final java.util.Set<String> TERMINAL =
        java.util.Set.of("FINISHED", "CANCELED", "FAILED", "SUSPENDED");

    /** Done for good: neither running nor on its way there (restarting, created...). */
    public boolean terminal() {
      return TERMINAL.contains(state);
    }
  }

  public List<Job> jobs() throws IOException, InterruptedException {
    List<Job> jobs = new ArrayList<>();
    for (JsonNode job : get("/jobs/overview").path("jobs")) {
      jobs.add(
          new Job(
              job.path("jid").asText(),
              job.path("name").asText(),
              job.path("state").asText(),
              job.path("duration").asLong()));
    }
    return jobs;
  }

  /** The job with this id, if the cluster knows it. */
  public Optional<Job> job(String jobId) throws IOException, InterruptedException {
    return jobs().stream().filter(j -> j.id().equals(jobId)).findFirst();
  }

  /** Cancels the job without a savepoint. */
  public void cancel(String jobId) throws IOException, InterruptedException {
    read(
        HttpRequest.newBuilder(URI.create(base + "/jobs/" + jobId + "?mode=cancel"))
            .timeout(CALL_TIMEOUT)
            .method("PATCH", HttpRequest.BodyPublishers.noBody())
            .build());
  }

  public List<Job> runningJobs() throws IOException, InterruptedException {
    return jobs().stream().filter(j -> j.state().equals("RUNNING")).toList();
  }

  /** The cluster's {@code parallelism.default} (1 when unset, as in Flink). */
  public int defaultParallelism() throws IOException, InterruptedException {
    for (JsonNode entry : get("/jobmanager/config")) {
      if (entry.path("key").asText().equals("parallelism.default")) {
        return entry.path("value").asInt(1);
      }
    }
    return 1;
  }

  /** The highest parallelism among the job's operators. */
  public int jobParallelism(String jobId) throws IOException, InterruptedException {
    int parallelism = 0;
    for (JsonNode vertex : get("/jobs/" + jobId).path("vertices")) {
      parallelism = Math.max(parallelism, vertex.path("parallelism").asInt());
    }
    return parallelism;
  }

  public int taskManagers() throws IOException, InterruptedException {
    return get("/overview").path("taskmanagers").asInt();
  }

  /**
   * A user accumulator of a running job ({@code duplicates}, {@code records-in}, …), summed over
   * its tasks; 0 before any task has reported it.
   */
  public long accumulator(String jobId, String name) throws IOException, InterruptedException {
    for (JsonNode acc : get("/jobs/" + jobId + "/accumulators").path("user-task-accumulators")) {
      if (acc.path("name").asText().equals(name)) {
        return Long.parseLong(acc.path("value").asText("0"));
      }
    }
    return 0;
  }

  /** Where the job keeps its state: Flink's class name of the backend, e.g. RocksDB's. */
  public String stateBackend(String jobId) throws IOException, InterruptedException {
    return get("/jobs/" + jobId + "/checkpoints/config").path("state_backend").asText("unknown");
  }

  /**
   * A completed checkpoint: its id, where it is, how long ago it completed, and the size of the
   * state it holds (all of it, also what an incremental checkpoint shares with earlier ones).
   */
  public record Checkpoint(long id, String path, Duration age, long stateBytes) {
    @Override
    public String toString() {
      return "#" + id + " (" + path + "), " + age.toSeconds() + " s ago";
    }
  }

  /** The job's newest completed checkpoint, if it has one. */
  public Optional<Checkpoint> latestCheckpoint(String jobId)
      throws IOException, InterruptedException {
    JsonNode latest = get("/jobs/" + jobId + "/checkpoints").path("latest").path("completed");
    long acked = latest.path("latest_ack_timestamp").asLong(0);
    return acked <= 0
        ? Optional.empty()
        : Optional.of(
            new Checkpoint(
                latest.path("id").asLong(),
                latest.path("external_path").asText(),
                Duration.ofMillis(Math.max(0, System.currentTimeMillis() - acked)),
                latest.path("state_size").asLong()));
  }

  /** Uploads the jar and runs it; returns the job id. */
  public String run(Path jar, List<String> args, String savepoint)
      throws IOException, InterruptedException {
    String jarId = upload(jar);
    ObjectNode body = RecordJson.mapper().createObjectNode();
    args.forEach(body.putArray("programArgsList")::add);
    // A jar run through REST gets parallelism 1 unless told; the cluster's default is meant.
    body.put("parallelism", defaultParallelism());
    if (savepoint != null) {
      body.put("savepointPath", savepoint);
      body.put("allowNonRestoredState", false);
    }
    return post("/jars/" + jarId + "/run", body).path("jobid").asText();
  }

  /** Stops the job with a savepoint (sources first); returns the savepoint's path. */
  public String stopWithSavepoint(String jobId, String directory)
      throws IOException, InterruptedException {
    ObjectNode body =
        RecordJson.mapper()
            .createObjectNode()
            .put("targetDirectory", directory)
            .put("drain", false);
    return savepointOnceTasksRun(jobId, "/jobs/" + jobId + "/stop", body);
  }

  public String savepoint(String jobId, String directory) throws IOException, InterruptedException {
    ObjectNode body =
        RecordJson.mapper()
            .createObjectNode()
            .put("target-directory", directory)
            .put("cancel-job", false);
    return savepointOnceTasksRun(jobId, "/jobs/" + jobId + "/savepoints", body);
  }

  /**
   * A job that has just started (or restored) is RUNNING before all its tasks are, and a savepoint
   * then fails at once: retry for a minute while that is the reason.
   */
  private String savepointOnceTasksRun(String jobId, String path, ObjectNode body)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      try {
        return awaitSavepoint(jobId, post(path, body).path("request-id").asText());
      } catch (StackException e) {
        if (!e.getMessage().contains("Not all required tasks are currently running")
            || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(1_000);
      }
    }
  }

  private String awaitSavepoint(String jobId, String trigger)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = get("/jobs/" + jobId + "/savepoints/" + trigger);
      if (status.path("status").path("id").asText().equals("COMPLETED")) {
        JsonNode operation = status.path("operation");
        if (operation.has("failure-cause")) {
          throw new StackException(
              "savepoint failed: "
                  + operation
                      .path("failure-cause")
                      .path("stack-trace")
                      .asText()
                      .lines()
                      .findFirst()
                      .orElse(""));
        }
        return operation.path("location").asText();
      }
      Thread.sleep(500);
    }
    throw new StackException("the savepoint of job " + jobId + " did not complete in 5 minutes");
  }

  private String upload(Path jar) throws IOException, InterruptedException {
    String boundary = "shotcharts-" + UUID.randomUUID();
    // Streamed from the file: the job jar is ~90 MB, too much to hold for the small watcher.
    HttpRequest.BodyPublisher body =
        HttpRequest.BodyPublishers.concat(
            HttpRequest.BodyPublishers.ofString(
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                    + jar.getFileName()
                    + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n"),
            HttpRequest.BodyPublishers.ofFile(jar),
            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/jars/upload"))
            .timeout(UPLOAD_TIMEOUT)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(body)
            .build();
    String filename = read(request).path("filename").asText();
    return filename.substring(filename.lastIndexOf('/') + 1);
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    return read(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(CALL_TIMEOUT).GET().build());
  }

  private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
    return read(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(CALL_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  private JsonNode read(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new StackException(
          "the Flink JobManager at "
              + base
              + " did not answer "
              + request.method()
              + " "
              + request.uri().getPath()
              + " within "
              + request.timeout().map(Duration::toSeconds).orElse(0L)
              + " s (is it overloaded or hung? see its log under .shotcharts/logs)");
    } catch (IOException e) {
      throw new StackException(
          "the Flink cluster does not answer at " + base + " (is the stack up? bin/shotcharts up)");
    }
    JsonNode json =
        RecordJson.mapper().readTree(response.body().isEmpty() ? "{}" : response.body());
    if (response.statusCode() >= 400) {
      throw new StackException(
          "Flink refused "
              + request.method()
              + " "
              + request.uri().getPath()
              + ": "
              + json.path("errors"));
    }
    return json;
  }
}
