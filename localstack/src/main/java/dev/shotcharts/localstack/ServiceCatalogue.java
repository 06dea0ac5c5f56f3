package dev.shotcharts.localstack;

import dev.shotcharts.engines.EngineJars;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each process of the stack is: its command (JVM flags included), environment, working
 * directory, the port that says it is up and the option that moves it, and its UI; and the
 * configuration it is started from ({@link #prepare}). Data only: starting and stopping is the
 * {@link Supervisor}'s.
 */
final class ServiceCatalogue {
  /**
   * For the stack's small daemons (Spark's master, worker and history server, Flink's JobManager,
   * the watcher): the serial collector and the C1 compiler alone keep an idle JVM's native memory
   * small (G1's and C2's threads and tables are for busy heaps).
   */
  static final List<String> IDLE_DAEMON = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private final StackConfig config;
  private final EngineJars jars;

  ServiceCatalogue(StackConfig config, EngineJars jars) {
    this.config = config;
    this.jars = jars;
  }

  /** The services {@code up} always starts, in start order. */
  List<Service> always() {
    return StackService.ALWAYS.stream().map(this::service).toList();
  }

  Service service(StackService service) {
    String name = service.processName();
    return switch (service) {
      case KAFKA ->
          new Service(
              name,
              List.of(
                  java(),
                  // Kafka keeps its data in the page cache, not the heap (the broker's own
                  // advice); on so small a heap the serial collector pauses little, keeps no
                  // G1 tables.
                  "-Xmx384m",
                  "-Xms32m",
                  "-XX:+UseSerialGC",
                  "-Dlog4j2.configurationFile=" + config.conf(name).resolve("log4j2.properties"),
                  "-cp",
                  jars.kafkaClasspath(),
                  "kafka.Kafka",
                  config.conf(name).resolve("server.properties").toString()),
              Map.of(),
              config.data(name),
              config.kafkaPort(),
              "--kafka-port",
              "kafka " + config.bootstrapServers());
      case S3 ->
          new Service(
              name,
              List.of(
                  java(),
                  "-Xmx256m",
                  "-Xms32m",
                  "-XX:+UseSerialGC",
                  "-jar",
                  jars.s3proxyJar().toString(),
                  "--properties",
                  config.conf(name).resolve("s3proxy.properties").toString()),
              Map.of(),
              config.data(name),
              config.s3Port(),
              "--s3-port",
              "s3 " + config.s3Endpoint() + " bucket " + StackConfig.BUCKET);
      case FLINK_JOBMANAGER ->
          flink(name, config.flinkUiPort(), "--flink-port", "dashboard " + config.flinkUrl());
      case FLINK_TASKMANAGER -> flink(name, 0, null, null);
      case SPARK_MASTER ->
          spark(
              name,
              config.sparkMasterPort(),
              "--spark-port",
              "master " + config.sparkMaster() + ", UI http://127.0.0.1:" + config.sparkUiPort(),
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              String.valueOf(config.sparkMasterPort()),
              "--webui-port",
              String.valueOf(config.sparkUiPort()));
      case SPARK_WORKER ->
          spark(
              name,
              config.sparkWorkerUiPort(),
              "--spark-worker-ui-port",
              "worker UI http://127.0.0.1:" + config.sparkWorkerUiPort(),
              "org.apache.spark.deploy.worker.Worker",
              config.sparkMaster(),
              "--host",
              "127.0.0.1",
              "--webui-port",
              String.valueOf(config.sparkWorkerUiPort()),
              "--cores",
              "2",
              "--memory",
              "1536m");
      // The applications write their event logs either way: it shows every merge once it runs.
      case SPARK_HISTORY ->
          spark(
              name,
              config.sparkHistoryPort(),
              "--spark-history-port",
              "history http://127.0.0.1:" + config.sparkHistoryPort(),
              "-Dspark.history.fs.logDirectory=" + sparkEvents().toUri(),
              "-Dspark.history.ui.port=" + config.sparkHistoryPort(),
              "org.apache.spark.deploy.history.HistoryServer");
      case WATCH -> watch();
    };
  }

  /** The season's follower: {@code command} runs {@code shotcharts follow}. */
  Service follower(int season, List<String> command) {
    return new Service(
        StackService.follower(season),
        command,
        Map.of(),
        config.home(),
        0,
        null,
        "state " + followerState(season));
  }

  /** Where the season's follower writes its state for {@code status}. */
  Path followerState(int season) {
    return config.home().resolve(StackService.follower(season) + ".json");
  }

  /** Where the Spark applications write their event logs, for the history server. */
  Path sparkEvents() {
    return config.data("spark").resolve("events");
  }

  /** Writes a service's configuration (once for data: Kafka's storage is formatted once). */
  void prepare(StackService service) throws Exception {
    String name = service.processName();
    switch (service) {
      case KAFKA -> StackFiles.kafka(config, jars);
      case S3 -> StackFiles.s3(config);
      case FLINK_JOBMANAGER ->
          StackFiles.flink(
              config,
              jars,
              name,
              "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
              "GET_JM_RESOURCE_PARAMS",
              "--executionMode cluster");
      case FLINK_TASKMANAGER ->
          StackFiles.flink(
              config,
              jars,
              name,
              "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
              "GET_TM_RESOURCE_PARAMS",
              "");
      case SPARK_MASTER -> StackFiles.sparkHome(config, jars, sparkEvents());
      case SPARK_WORKER, SPARK_HISTORY -> Files.createDirectories(sparkEvents());
      case WATCH -> {} // nothing to configure: it reads the stack's description
    }
  }

  /** The watcher, started from this JVM's class path. */
  private Service watch() {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx128m", "-Xms16m"));
    command.addAll(IDLE_DAEMON);
    command.addAll(
        List.of(
            "-Dshotcharts.log.dir=" + config.logs(),
            "-cp",
            absoluteClasspath(),
            StackWatch.class.getName(),
            config.home().toAbsolutePath().toString()));
    String name = StackService.WATCH.processName();
    return new Service(
        name,
        command,
        Map.of(),
        config.home(),
        0,
        null,
        "restarts what dies; logs/" + name + ".log");
  }

  /** Flink's JVMs start from a script written at start, with the memory flags Flink computes. */
  private Service flink(String name, int port, String option, String ui) {
    return new Service(
        name,
        List.of("bash", config.conf("flink").resolve(name + ".sh").toString()),
        Map.of("FLINK_PLUGINS_DIR", jars.flinkPluginsDir().toString()),
        config.data("flink"),
        port,
        option,
        ui);
  }

  /** A Spark daemon: a small JVM on the stack's Spark home, then its main class and arguments. */
  private Service spark(String name, int port, String option, String ui, String... main) {
    Path sparkHome = config.home().resolve("spark-home");
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-Xms32m"));
    command.addAll(IDLE_DAEMON);
    command.addAll(jars.sparkJavaOptions());
    command.addAll(
        List.of(
            "-cp",
            sparkHome.resolve("conf") + File.pathSeparator + sparkHome.resolve("jars") + "/*"));
    command.addAll(List.of(main));
    return new Service(
        name,
        command,
        Map.of(
            "SPARK_HOME",
            sparkHome.toString(),
            "SPARK_SCALA_VERSION",
            "2.13",
            "SPARK_LOCAL_IP",
            "127.0.0.1"),
        config.data("spark"),
        port,
        option,
        ui);
  }

  /** This JVM's class path with every entry absolute: for processes that run in the home. */
  static String absoluteClasspath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
