package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shotcharts.engines.FreePorts;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.testing.S3ServerExtension;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster path: a Spark standalone master and worker started from a SPARK_HOME made of the
 * Maven-resolved Spark jars (no distribution download), and the real job jar submitted to them with
 * SparkSubmit, as {@code bin/shotcharts merge} and the weekly scheduler do.
 */
class StandaloneClusterIT {
  @RegisterExtension static final S3ServerExtension S3 = new S3ServerExtension("lake");

  /** Master, worker, executor and driver need about this much free memory together. */
  private static final long MEMORY_NEEDED = 3L << 30;

  private final List<Process> processes = new ArrayList<>();

  @TempDir Path work;

  @AfterEach
  void stopCluster() throws InterruptedException {
    for (Process process : processes) {
      process.destroy();
      process.waitFor(20, TimeUnit.SECONDS);
    }
  }

  /** What Linux says can be had without swapping (MemAvailable: free plus reclaimable cache). */
  static long availableMemory() throws IOException {
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      for (String line : Files.readAllLines(meminfo)) {
        if (line.startsWith("MemAvailable:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) << 10;
        }
      }
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getFreeMemorySize();
  }

  @Test
  void theJobJarMergesASeasonOnAStandaloneCluster() throws Exception {
    long available = availableMemory();
    String why =
        "a standalone master, worker and executor need 3 GiB of available memory, this machine has "
            + (available >> 20)
            + " MiB";
    // Under CI the one spark-submit test never skips itself: it runs, or the build says why.
    assertThat("true".equals(System.getenv("CI")) && available < MEMORY_NEEDED).as(why).isFalse();
    assumeTrue(available >= MEMORY_NEEDED, "skipped: " + why);

    Lake lake = lakeWithAWeek("cluster", 40);
    Path sparkHome = sparkHome();
    int masterPort = FreePorts.pick();
    int masterUi = FreePorts.pick();
    startMaster(sparkHome, masterPort, masterUi);
    String master = "spark://127.0.0.1:" + masterPort;
    start(
        sparkHome,
        "worker",
        "org.apache.spark.deploy.worker.Worker",
        master,
        "--host",
        "127.0.0.1",
        "--webui-port",
        String.valueOf(FreePorts.pick()),
        "--cores",
        "2",
        "--memory",
        "1g");
    awaitMaster(masterUi, "aliveworkers", 1);

    Path events = Files.createDirectories(work.resolve("events"));
    Process submit =
        submitMerge(
            sparkHome,
            "submit",
            master,
            MergeConfig.of(MergeConfig.Verb.MERGE, 2025, lake, null, events.toUri().toString())
                .withExport(),
            "spark.executor.memory=768m",
            "spark.eventLog.compress=false");
    assertThat(submit.waitFor(4, TimeUnit.MINUTES)).as("merge finished").isTrue();
    String output = Files.readString(work.resolve("submit.log"));
    assertThat(submit.exitValue()).as(output).isZero();
    JobResult job =
        output
            .lines()
            .filter(MergeOutput::isResult)
            .map(MergeOutput::resultOf)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no result line in\n" + output));
    MergeResult result = job.merge();
    assertThat(result.committed()).isTrue();
    assertThat(result.seasonRows()).isEqualTo(40);
    assertThat(job.export().rows()).as("exported in the same application").isEqualTo(40);
    assertThat(S3.get("cluster/" + LakeLayout.export(2025))).isNotEmpty();

    // Read back by Iceberg's own Java API from the catalog's properties, not by the project's code.
    Catalog catalog = catalog(lake);
    Snapshot committed =
        catalog.loadTable(TableIdentifier.parse(Lake.TABLE_NAME)).currentSnapshot();
    assertThat(committed.snapshotId()).isEqualTo(result.snapshotId());
    assertThat(committed.summary())
        .containsEntry("total-records", "40")
        .containsEntry("total-delete-files", "0")
        .containsEntry("shotcharts.rows-in", "40");
    JsonNode apps = masterJson(masterUi).get("completedapps");
    assertThat(apps).isNotEmpty();
    assertThat(apps).as("merge and export: one application").hasSize(1);
    assertThat(apps.get(0).get("name").textValue()).isEqualTo("shotcharts merge season 2025");
    assertThat(jobGroups(events))
        .as("the history shows both under named job groups")
        .contains("merge-2025-read ongoing", "merge-2025-commit", "export-2025");
  }

  @Test
  void aMergeOnAClusterThatGrantsNoExecutorEndsByItselfAndCommitsNothing() throws Exception {
    Lake lake = lakeWithAWeek("no-worker", 5);
    Path sparkHome = sparkHome();
    int masterPort = FreePorts.pick();
    int masterUi = FreePorts.pick();
    startMaster(sparkHome, masterPort, masterUi);
    awaitMaster(masterUi, "cores", 0); // up, with no worker at all
    long started = System.nanoTime();
    Process submit =
        submitMerge(
            sparkHome,
            "stranded",
            "spark://127.0.0.1:" + masterPort,
            new MergeConfig(
                MergeConfig.Verb.MERGE,
                2025,
                2025,
                lake,
                null,
                MergeConfig.DEFAULT_KEEP_SNAPSHOTS,
                MergeConfig.DEFAULT_ORPHAN_AGE,
                Duration.ofSeconds(10),
                false,
                null,
                false,
                false,
                false));
    assertThat(submit.waitFor(3, TimeUnit.MINUTES)).as("the merge ended by itself").isTrue();
    String output = Files.readString(work.resolve("stranded.log"));
    assertThat(submit.exitValue()).as(output).isEqualTo(ExecutorWatchdog.EXIT_CODE);
    assertThat(output)
        .contains(
            "merge failed: the Spark cluster at spark://127.0.0.1:"
                + masterPort
                + " granted no executor within 10 s");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(2));
    assertThat(S3.keys("no-worker/" + LakeLayout.ongoingSeason(2025)))
        .as("the week's files stay for the next merge")
        .isNotEmpty();
    Catalog catalog = catalog(lake);
    TableIdentifier table = TableIdentifier.parse(Lake.TABLE_NAME);
    assertThat(!catalog.tableExists(table) || catalog.loadTable(table).currentSnapshot() == null)
        .as("nothing committed")
        .isTrue();
  }

  /** A lake of its own holding one week of {@code shots} shots in its ongoing area. */
  private static Lake lakeWithAWeek(String name, int shots) throws Exception {
    Lake lake = SparkTestSession.lake(S3, name);
    try (SparkSession spark = SparkTestSession.start(S3)) {
      Shots.writeOngoing(
          spark,
          lake.sparkUri(),
          "w1",
          SeasonMergeIT.game("202410220BOS", shots, "X", Instant.now()));
    }
    return lake;
  }

  /** The lake's Iceberg catalog, built by Iceberg from its properties and the server's keys. */
  private static Catalog catalog(Lake lake) {
    Map<String, String> properties = new HashMap<>(lake.catalogProperties());
    properties.put("s3.access-key-id", S3Server.ACCESS_KEY);
    properties.put("s3.secret-access-key", S3Server.SECRET_KEY);
    return CatalogUtil.buildIcebergCatalog(Lake.CATALOG, properties, null);
  }

  private void startMaster(Path sparkHome, int port, int uiPort) throws IOException {
    start(
        sparkHome,
        "master",
        "org.apache.spark.deploy.master.Master",
        "--host",
        "127.0.0.1",
        "--port",
        String.valueOf(port),
        "--webui-port",
        String.valueOf(uiPort));
  }

  /** The job groups of every job in the event logs below {@code dir}. */
  private static Set<String> jobGroups(Path dir) throws IOException {
    Set<String> groups = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file :
          files
              .filter(
                  f -> Files.isRegularFile(f) && f.getFileName().toString().startsWith("events"))
              .toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode event = RecordJson.mapper().readTree(line);
          if (event.path("Event").asText().equals("SparkListenerJobStart")) {
            groups.add(event.path("Properties").path("spark.jobGroup.id").asText());
          }
        }
      }
    }
    return groups;
  }

  /** SPARK_HOME/jars links to the Spark jars Maven resolved for this module. */
  private Path sparkHome() throws IOException {
    Path home = work.resolve("spark-home");
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("conf"));
    String classpath =
        Files.readString(Path.of(System.getProperty("shotcharts.sparkClasspathFile"))).trim();
    for (String jar : classpath.split(File.pathSeparator)) {
      Path source = Path.of(jar);
      Path link = jars.resolve(source.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, source);
      }
    }
    return home;
  }

  /**
   * The job jar submitted as {@code bin/shotcharts merge} would run it, in client mode, with the
   * Spark settings {@code conf}; the job's own arguments are the config's.
   */
  private Process submitMerge(
      Path sparkHome, String name, String master, MergeConfig config, String... conf)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--master",
                master,
                "--deploy-mode",
                "client",
                "--conf",
                "spark.driver.host=127.0.0.1"));
    for (String setting : conf) {
      args.addAll(List.of("--conf", setting));
    }
    args.addAll(
        List.of(
            "--class",
            SeasonMergeJob.class.getName(),
            System.getProperty("shotcharts.sparkMergeJar")));
    args.addAll(config.toArgs());
    return start(
        sparkHome, name, "org.apache.spark.deploy.SparkSubmit", args.toArray(String[]::new));
  }

  private Process start(Path sparkHome, String name, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx768m");
    command.addAll(List.of(System.getProperty("shotcharts.sparkJavaOptions").trim().split("\\s+")));
    command.add("-cp");
    command.add(sparkHome.resolve("conf") + File.pathSeparator + sparkHome.resolve("jars") + "/*");
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve(name + ".log").toFile());
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().put("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY);
    builder.environment().put("AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
    builder.environment().put("AWS_REGION", S3Server.REGION);
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private static JsonNode masterJson(int uiPort) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/")).build(),
                HttpResponse.BodyHandlers.ofString());
    return RecordJson.mapper().readTree(response.body());
  }

  private static void awaitMaster(int uiPort, String field, int atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (masterJson(uiPort).path(field).asInt() >= atLeast) {
          return;
        }
      } catch (IOException notUpYet) {
        // the master's UI is still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the Spark master never reported " + field + " >= " + atLeast);
  }
}
