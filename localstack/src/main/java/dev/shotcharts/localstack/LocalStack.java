package dev.shotcharts.localstack;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.ShotsCatalog;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.StateBackend;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.TopicSetup;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The no-Docker stack: a Kafka broker (KRaft), an S3 server, a Flink session cluster and a Spark
 * standalone cluster (its history server when asked), each its own JVM from Maven artifacts, bound
 * to 127.0.0.1. State (data, logs, pids) lives under one directory.
 */
public final class LocalStack {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final StackConfig config;
  private final EngineJars jars;
  private final Supervisor supervisor;

  public LocalStack(StackConfig config, EngineJars jars) {
    this.config = config;
    this.jars = jars;
    this.supervisor = new Supervisor(config);
  }

  /** What {@code up} leaves in the stack's home for the verbs that look for a running stack. */
  public static final String DESCRIPTION = "stack.json";

  /**
   * The stack whose home is {@code home}, if {@code up} described it there and its broker and S3
   * server are running: the verbs then use it by default.
   */
  public static Optional<StackConfig> runningAt(Path home) {
    Path file = home.resolve(DESCRIPTION);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      StackConfig config = RecordJson.fromJson(Files.readString(file), StackConfig.class);
      Supervisor supervisor = new Supervisor(config);
      boolean up = supervisor.running("kafka").isPresent() && supervisor.running("s3").isPresent();
      return up ? Optional.of(config) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: as if no stack were running
    }
  }

  /** Starts what is not running yet; returns one line per service. */
  public List<String> up() throws Exception {
    List<String> lines = new ArrayList<>();
    for (Service service : services()) {
      lines.add(startUnlessRunning(service, true));
    }
    Files.writeString(config.home().resolve(DESCRIPTION), RecordJson.toJson(config));
    Files.createDirectories(config.data("catalog"));
    ShotsCatalog.writeProperties(config.lake(), config.catalogProperties());
    lines.add(startUnlessRunning(watchService(), false));
    return lines;
  }

  /**
   * Starts the service unless it runs, writing its configuration first when it has one; returns its
   * line ({@code started} or {@code already running}).
   */
  private String startUnlessRunning(Service service, boolean configured) throws Exception {
    if (supervisor.running(service.name()).isPresent()) {
      return line(service, "already running");
    }
    if (configured) {
      prepare(service.name());
    }
    supervisor.start(service, START_TIMEOUT);
    if (service.name().equals("flink-taskmanager")) {
      awaitTaskManager();
    }
    return line(service, "started");
  }

  /** This JVM's class path with every entry absolute: for processes that run in the home. */
  public static String absoluteClasspath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(File.pathSeparator));
  }

  /** The watcher ({@link StackWatch}), started from this JVM's class path. */
  private Service watchService() {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx128m", "-Xms16m"));
    command.addAll(IDLE_DAEMON);
    return new Service(
        StackWatch.NAME,
        concat(
            command,
            "-Dshotcharts.log.dir=" + config.logs(),
            "-cp",
            absoluteClasspath(),
            StackWatch.class.getName(),
            config.home().toAbsolutePath().toString()),
        Map.of(),
        config.home(),
        0,
        null,
        "restarts what dies; logs/" + StackWatch.NAME + ".log");
  }

  private static final String FOLLOWER = "follower-";

  static final String HISTORY = "spark-history";

  /** The name of the season's follower among the stack's processes. */
  public static String follower(int season) {
    return FOLLOWER + season;
  }

  /**
   * Starts the season's follower as one more process of the stack ({@code command} runs {@code
   * shotcharts follow}; its log goes to the stack's logs), unless it is running already.
   */
  public String startFollower(int season, List<String> command) throws Exception {
    String name = follower(season);
    return startUnlessRunning(
        new Service(
            name, command, Map.of(), config.home(), 0, null, "state " + followerState(season)),
        false);
  }

  /** Where the season's follower writes its state for {@code status}. */
  public Path followerState(int season) {
    return config.home().resolve(follower(season) + ".json");
  }

  /** Stops the Flink jobs with a savepoint, then every process; keeps the data unless purged. */
  public List<String> down(boolean purge) throws Exception {
    List<String> lines = new ArrayList<>();
    // First the watcher, or it would start again what is being stopped.
    if (supervisor.stop(StackWatch.NAME)) {
      lines.add(String.format("%-18s %-22s", StackWatch.NAME, "stopped"));
    }
    if (supervisor.running("flink-jobmanager").isPresent()) {
      FlinkRest flink = flink();
      for (FlinkRest.Job job : flink.runningJobs()) {
        try {
          String savepoint = savepoint(job.id(), true);
          lines.add("flink job " + job.name() + " stopped with savepoint " + savepoint);
        } catch (StackException e) {
          // Stopping the processes must not depend on it: the retained checkpoints remain.
          lines.add(
              "flink job "
                  + job.name()
                  + " could not stop with a savepoint ("
                  + e.getMessage()
                  + "); its last retained checkpoint remains under s3://"
                  + StackConfig.BUCKET
                  + "/checkpoints");
        }
      }
    }
    Files.deleteIfExists(config.home().resolve(DESCRIPTION));
    for (String follower : followers()) {
      if (supervisor.stop(follower)) {
        lines.add(String.format("%-18s %-22s", follower, "stopped"));
      }
    }
    if (supervisor.stop(HISTORY)) {
      lines.add(line(historyService(), "stopped"));
    }
    List<Service> services = new ArrayList<>(services());
    java.util.Collections.reverse(services);
    for (Service service : services) {
      lines.add(line(service, supervisor.stop(service.name()) ? "stopped" : "was not running"));
    }
    if (purge && Files.exists(config.home())) {
      try (Stream<Path> paths = Files.walk(config.home())) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      lines.add("removed " + config.home());
    }
    return lines;
  }

  /** One line per process, the watcher's word on each, the jobs, and warnings. */
  public List<String> status() throws Exception {
    return new StackStatus(this, config, supervisor).lines();
  }

  /** Submits the job jar (from a savepoint when given) on the default state backend. */
  public String startJob(String savepoint) throws Exception {
    return startJob(savepoint, StateBackend.DEFAULT);
  }

  /**
   * Submits the job jar (from a savepoint when given) with the stack's broker and lake on {@code
   * backend}; creates its topics first, since the source fails on a topic that does not exist yet.
   */
  public String startJob(String savepoint, StateBackend backend) throws Exception {
    TopicSetup.ensure(
        config.bootstrapServers(),
        new NewTopic(Topics.SHOT_CHARTS, 3, (short) 1).configs(Topics.SHOT_CHARTS_CONFIG),
        new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1).configs(Topics.DEAD_LETTERS_CONFIG));
    List<String> args =
        List.of(
            "--bootstrap-servers",
            config.bootstrapServers(),
            "--lake",
            config.lake().flinkUri(),
            StateBackend.ARG,
            backend.flinkName());
    String jobId = flink().run(jars.flinkJobJar(), args, savepoint);
    JobRecord.submitted(config.home(), jobId, backend.flinkName());
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
        savepoint(startJob(from.get().path(), StateBackend.of(written)), true);
        moved = ", moved from its " + written + " checkpoint " + from.get().path();
        from = restorePoint(); // that savepoint, the newest state now
      }
    }
    String jobId = startJob(from.map(RestorePoints.RestorePoint::path).orElse(null));
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
  public Optional<String> ensureJob() throws Exception {
    Files.createDirectories(config.home());
    try (var channel =
            java.nio.channels.FileChannel.open(
                config.home().resolve("job.lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        var lock = channel.lock()) {
      return hasLiveJob() ? Optional.empty() : Optional.of(resume());
    }
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
  Optional<java.time.Instant> oldestRestorable() throws IOException {
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
    try (var s3 = dev.shotcharts.engines.S3Server.connect(config.s3Endpoint())) {
      return query.ask(new RestorePoints(s3, StackConfig.BUCKET), ids, savepoint);
    }
  }

  /** A job of the stack's that is running or on its way there (restarting, created...). */
  public boolean hasLiveJob() throws IOException, InterruptedException {
    List<String> ours = JobRecord.read(config.home()).map(JobRecord::jobIds).orElse(List.of());
    return flink().jobs().stream()
        .anyMatch(j -> ours.contains(j.id()) && !TERMINAL.contains(j.state()));
  }

  static final java.util.Set<String> TERMINAL =
      java.util.Set.of("FINISHED", "CANCELED", "FAILED", "SUSPENDED");

  /**
   * Takes a savepoint of the job (stopping it when asked) and records it as the one {@code flink
   * resume} starts from; returns its path.
   */
  public String savepoint(String jobId, boolean stop) throws Exception {
    if (!stop) {
      String path = flink().savepoint(jobId, savepointDir());
      Files.writeString(lastSavepointFile(), path);
      return path;
    }
    // Stopped on purpose, said before the stop: the watcher, which resubmits a job that is gone,
    // would otherwise start one from older state while the savepoint is being taken.
    JobRecord.shouldRun(config.home(), false);
    String path;
    try {
      path = flink().stopWithSavepoint(jobId, savepointDir());
    } catch (Exception e) {
      JobRecord.shouldRun(config.home(), true); // still running: the watcher keeps it so
      throw e;
    }
    Files.writeString(lastSavepointFile(), path);
    return path;
  }

  /**
   * The stack's running processes by name, in start order: the services, the history server when
   * asked for, and the watcher (followers are not the stack's own).
   */
  public Map<String, ProcessHandle> processes() {
    Map<String, ProcessHandle> running = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(services().stream().map(Service::name).toList());
    names.addAll(List.of(HISTORY, StackWatch.NAME));
    for (String name : names) {
      supervisor.running(name).ifPresent(p -> running.put(name, p));
    }
    return running;
  }

  /** The followers {@code up --follow} started and nothing stopped since. */
  private List<String> followers() throws IOException {
    return supervisor.started().stream()
        .map(Service::name)
        .filter(n -> n.startsWith(FOLLOWER))
        .toList();
  }

  public FlinkRest flink() {
    return new FlinkRest(config.flinkUrl());
  }

  public String savepointDir() {
    return config.savepointDir();
  }

  public Path lastSavepointFile() {
    return config.home().resolve("last-savepoint");
  }

  static String line(Service service, String state) {
    return String.format(
        "%-18s %-22s %s", service.name(), state, service.ui() == null ? "" : service.ui());
  }

  private void awaitTaskManager() throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (flink().taskManagers() < 1) {
      if (System.nanoTime() > deadline) {
        throw new StackException(
            "the Flink TaskManager did not register; see " + supervisor.log("flink-taskmanager"));
      }
      Thread.sleep(300);
    }
  }

  /**
   * For the stack's small daemons (Spark's master, worker and history server, Flink's JobManager,
   * the watcher): the serial collector and the C1 compiler alone keep an idle JVM's native memory
   * small (G1's and C2's threads and tables are for busy heaps).
   */
  static final List<String> IDLE_DAEMON = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** The Spark daemons' command up to the main class: a small JVM on the stack's Spark home. */
  private List<String> sparkJava() {
    Path sparkHome = sparkHome();
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-Xms32m"));
    command.addAll(IDLE_DAEMON);
    command.addAll(jars.sparkJavaOptions());
    command.addAll(
        List.of(
            "-cp",
            sparkHome.resolve("conf") + File.pathSeparator + sparkHome.resolve("jars") + "/*"));
    return command;
  }

  private Map<String, String> sparkEnv() {
    return Map.of(
        "SPARK_HOME",
        sparkHome().toString(),
        "SPARK_SCALA_VERSION",
        "2.13",
        "SPARK_LOCAL_IP",
        "127.0.0.1");
  }

  private Path sparkHome() {
    return config.home().resolve("spark-home");
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** The stack's processes that always run, in start order (the history server only if asked). */
  List<Service> services() {
    String java = java();
    List<String> sparkJava = sparkJava();
    Map<String, String> sparkEnv = sparkEnv();
    return List.of(
        new Service(
            "kafka",
            List.of(
                java,
                // Kafka keeps its data in the page cache, not the heap (the broker's own advice);
                // on so small a heap the serial collector pauses little and keeps no G1 tables.
                "-Xmx384m",
                "-Xms32m",
                "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + config.conf("kafka").resolve("log4j2.properties"),
                "-cp",
                jars.kafkaClasspath(),
                "kafka.Kafka",
                config.conf("kafka").resolve("server.properties").toString()),
            Map.of(),
            config.data("kafka"),
            config.kafkaPort(),
            "--kafka-port",
            "kafka " + config.bootstrapServers()),
        new Service(
            "s3",
            List.of(
                java,
                "-Xmx256m",
                "-Xms32m",
                "-XX:+UseSerialGC",
                "-jar",
                jars.s3proxyJar().toString(),
                "--properties",
                config.conf("s3").resolve("s3proxy.properties").toString()),
            Map.of(),
            config.data("s3"),
            config.s3Port(),
            "--s3-port",
            "s3 " + config.s3Endpoint() + " bucket " + StackConfig.BUCKET),
        flinkProcess(
            "flink-jobmanager",
            config.flinkUiPort(),
            "--flink-port",
            "dashboard " + config.flinkUrl()),
        flinkProcess("flink-taskmanager", 0, null, null),
        new Service(
            "spark-master",
            concat(
                sparkJava,
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(config.sparkMasterPort()),
                "--webui-port",
                String.valueOf(config.sparkUiPort())),
            sparkEnv,
            config.data("spark"),
            config.sparkMasterPort(),
            "--spark-port",
            "master " + config.sparkMaster() + ", UI http://127.0.0.1:" + config.sparkUiPort()),
        new Service(
            "spark-worker",
            concat(
                sparkJava,
                "org.apache.spark.deploy.worker.Worker",
                config.sparkMaster(),
                "--host",
                "127.0.0.1",
                "--webui-port",
                String.valueOf(config.sparkWorkerUiPort()),
                "--cores",
                "2",
                "--memory",
                "1536m"),
            sparkEnv,
            config.data("spark"),
            config.sparkWorkerUiPort(),
            "--spark-worker-ui-port",
            "worker UI http://127.0.0.1:" + config.sparkWorkerUiPort()));
  }

  /**
   * Spark's history server, started only when asked ({@code up --history}): the applications write
   * their event logs either way, so it shows every merge once it runs.
   */
  Service historyService() {
    return new Service(
        HISTORY,
        concat(
            sparkJava(),
            "-Dspark.history.fs.logDirectory=" + sparkEvents().toUri(),
            "-Dspark.history.ui.port=" + config.sparkHistoryPort(),
            "org.apache.spark.deploy.history.HistoryServer"),
        sparkEnv(),
        config.data("spark"),
        config.sparkHistoryPort(),
        "--spark-history-port",
        "history http://127.0.0.1:" + config.sparkHistoryPort());
  }

  /** Starts the history server unless it runs; one line as {@link #up} gives. */
  public String startHistory() throws Exception {
    return startUnlessRunning(historyService(), true);
  }

  public boolean historyRunning() {
    return supervisor.running(HISTORY).isPresent();
  }

  public Path sparkEvents() {
    return config.data("spark").resolve("events");
  }

  /** Flink's JVMs start from a script written at start, with the memory flags Flink computes. */
  private Service flinkProcess(String name, int port, String option, String ui) {
    return new Service(
        name,
        List.of("bash", config.conf("flink").resolve(name + ".sh").toString()),
        Map.of("FLINK_PLUGINS_DIR", jars.flinkPluginsDir().toString()),
        config.data("flink"),
        port,
        option,
        ui);
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  /** Writes a service's configuration (once for data: Kafka's storage is formatted once). */
  private void prepare(String name) throws Exception {
    switch (name) {
      case "kafka" -> StackFiles.kafka(config, jars);
      case "s3" -> StackFiles.s3(config);
      case "flink-jobmanager" ->
          StackFiles.flink(
              config,
              jars,
              name,
              "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
              "GET_JM_RESOURCE_PARAMS",
              "--executionMode cluster");
      case "flink-taskmanager" ->
          StackFiles.flink(
              config,
              jars,
              name,
              "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
              "GET_TM_RESOURCE_PARAMS",
              "");
      case "spark-master" -> StackFiles.sparkHome(config, jars, sparkEvents());
      default -> Files.createDirectories(sparkEvents());
    }
  }
}
