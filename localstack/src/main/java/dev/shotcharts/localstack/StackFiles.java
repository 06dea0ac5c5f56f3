package dev.shotcharts.localstack;

import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.ServerConfigs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.Uuid;

/** The configuration files each process of the stack starts from. */
final class StackFiles {
  /**
   * The JobManager only coordinates (no record passes through it): it runs as the stack's other
   * small daemons do.
   */
  private static final String JOBMANAGER_JAVA_OPTS =
      " " + String.join(" ", ServiceCatalogue.IDLE_DAEMON);

  private StackFiles() {}

  static void kafka(StackConfig c, EngineJars jars) throws IOException, InterruptedException {
    Path conf = Files.createDirectories(c.conf("kafka")).resolve("server.properties");
    Path data = Files.createDirectories(c.data("kafka"));
    store(
        ServerConfigs.kafka(
            c.kafkaPort(), c.kafkaControllerPort(), data, PipelineTopics.DEFAULT_PARTITIONS),
        conf);
    // Without a configuration Log4j 2 logs errors only: a crashed broker left an empty log.
    consoleLog4j(
        conf.resolveSibling("log4j2.properties"),
        "kafka.request.logger",
        "WARN",
        "state.change.logger",
        "WARN");
    if (!Files.exists(data.resolve("meta.properties"))) { // format the storage once, never again
      run(
          List.of(
              ServiceCatalogue.java(),
              "-cp",
              jars.kafkaClasspath(),
              "kafka.tools.StorageTool",
              "format",
              "-t",
              Uuid.randomUuid().toString(),
              "-c",
              conf.toString()),
          c.logs().resolve("kafka-format.log"));
    }
  }

  static void s3(StackConfig c) throws IOException {
    Path store = Files.createDirectories(c.data("s3").resolve("store"));
    Files.createDirectories(store.resolve(StackConfig.BUCKET)); // a bucket is a directory
    store(
        ServerConfigs.s3proxy(
            c.s3Endpoint(), StackConfig.ACCESS_KEY, StackConfig.SECRET_KEY, store),
        Files.createDirectories(c.conf("s3")).resolve("s3proxy.properties"));
  }

  /** A server's properties as its file, sorted by key, so two runs write the same file. */
  private static void store(Properties properties, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    new TreeMap<>(properties).forEach((key, value) -> lines.add(key + "=" + value));
    Files.write(file, lines);
  }

  static void flink(
      StackConfig c, EngineJars jars, String name, String mainClass, String resources, String extra)
      throws IOException, InterruptedException {
    Path conf = Files.createDirectories(c.conf("flink"));
    Files.writeString(
        conf.resolve("config.yaml"),
        String.join(
            "\n",
            "jobmanager.rpc.address: 127.0.0.1",
            "jobmanager.rpc.port: " + c.flinkRpcPort(),
            "jobmanager.bind-host: 127.0.0.1",
            "taskmanager.bind-host: 127.0.0.1",
            "taskmanager.host: 127.0.0.1",
            "rest.address: 127.0.0.1",
            "rest.bind-address: 127.0.0.1",
            "rest.port: " + c.flinkUiPort(),
            // Sized from the throughput suite's peaks (docs/benchmarks.md, footprint).
            "jobmanager.memory.process.size: 768m",
            "taskmanager.memory.process.size: 1536m",
            // Managed memory is RocksDB's; the heap keeps the Parquet writers' open row groups.
            "taskmanager.memory.managed.fraction: 0.1",
            "taskmanager.numberOfTaskSlots: 2",
            "parallelism.default: 2",
            "execution.checkpointing.dir: " + c.lake().flinkUri() + "/checkpoints",
            "execution.checkpointing.savepoint-dir: " + c.savepointDir(),
            "execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION",
            // A checkpoint stuck on a hung S3 server is given up after 2 minutes, not Flink's 10.
            "execution.checkpointing.timeout: 2 min",
            "s3.endpoint: " + c.s3Endpoint(),
            "s3.endpoint.region: " + c.lake().region(),
            "s3.path.style.access: true",
            "s3.access-key: " + StackConfig.ACCESS_KEY,
            "s3.secret-key: " + StackConfig.SECRET_KEY,
            "fs.s3a.connection.ssl.enabled: false",
            "web.log.path: " + c.logs().resolve(name + ".log"),
            ""));
    consoleLog4j(conf.resolve("log4j2.properties"), "org.apache.flink.runtime.metrics", "ERROR");
    List<String> params = resourceParams(jars, conf, resources);
    String script =
        "#!/usr/bin/env bash\nexec \""
            + ServiceCatalogue.java()
            + "\" "
            + String.join(" ", jars.flinkJavaOptions())
            + (name.equals("flink-jobmanager") ? JOBMANAGER_JAVA_OPTS : "")
            + " "
            + params.get(0)
            + " -Dlog.file="
            + c.logs().resolve(name + ".log")
            + " -Dlog4j.configurationFile="
            + conf.resolve("log4j2.properties")
            + " -cp \""
            + jars.flinkClasspath()
            + "\" "
            + mainClass
            + " --configDir "
            + conf
            + " "
            + extra
            + " "
            + params.get(1)
            + "\n";
    Files.writeString(conf.resolve(name + ".sh"), script);
  }

  static void sparkHome(StackConfig c, EngineJars jars, Path events) throws IOException {
    Path home = c.home().resolve("spark-home");
    Path lib = Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(events);
    for (String jar : jars.sparkClasspath().split(File.pathSeparator)) {
      Path link = lib.resolve(Path.of(jar).getFileName());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, Path.of(jar));
      }
    }
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(
        home.resolve("conf/spark-defaults.conf"),
        "spark.eventLog.enabled true\nspark.eventLog.dir " + events.toUri() + "\n");
  }

  /**
   * A Log4j 2 configuration that logs INFO to the console (the supervisor appends it to the
   * service's log file), with the given loggers at other levels: name, level, name, level, ...
   */
  private static void consoleLog4j(Path file, String... levels) throws IOException {
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.console.ref = console",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5level %c{1} - %msg%n"));
    for (int i = 0; i + 1 < levels.length; i += 2) {
      lines.add("logger.l" + i + ".name = " + levels[i]);
      lines.add("logger.l" + i + ".level = " + levels[i + 1]);
    }
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  /** Flink's own memory calculation: the JVM flags, then the dynamic -D options. */
  private static List<String> resourceParams(EngineJars jars, Path conf, String which)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                ServiceCatalogue.java(),
                "-cp",
                jars.flinkClasspath(),
                "org.apache.flink.runtime.util.bash.BashJavaUtils",
                which,
                "--configDir",
                conf.toString())
            .redirectErrorStream(true)
            .start();
    List<String> results = new ArrayList<>();
    String output = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    output
        .lines()
        .filter(l -> l.startsWith("BASH_JAVA_UTILS_EXEC_RESULT:"))
        .forEach(l -> results.add(l.substring("BASH_JAVA_UTILS_EXEC_RESULT:".length())));
    if (results.size() != 2) {
      throw new StackException("Flink could not size its processes:\n" + output);
    }
    return results;
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (p.waitFor() != 0) {
      throw new StackException(command.get(command.size() - 1) + " failed; see " + log);
    }
  }
}
