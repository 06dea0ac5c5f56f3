package dev.shotcharts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.Topics;
import dev.shotcharts.pipeline.CronSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docker-compose.yml and the manifests under deploy/ checked offline (there is no Docker engine
 * here) against the project's own defaults: versions, image tags, topics, bucket, ports, the job
 * jar the build produces, the environment the CLI reads, the schedule.
 */
class DeploymentConsistencyTest {
  static final Path ROOT = Path.of(System.getProperty("shotcharts.root"));
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final JsonNode COMPOSE = read(ROOT.resolve("docker-compose.yml")).get(0);

  static List<JsonNode> read(Path file) {
    try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
      return YAML.readValues(parser, JsonNode.class).readAll();
    } catch (IOException e) {
      throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  static JsonNode service(String name) {
    JsonNode service = COMPOSE.path("services").path(name);
    assertThat(service.isMissingNode()).as("service " + name).isFalse();
    return service;
  }

  static List<String> images() throws IOException {
    List<String> images = new ArrayList<>();
    COMPOSE.path("services").forEach(s -> images.add(s.path("image").asText()));
    try (Stream<Path> files = Files.walk(ROOT.resolve("deploy/k8s"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        for (JsonNode doc : read(file)) {
          doc.findValues("image").forEach(i -> images.add(i.asText()));
        }
      }
    }
    return images;
  }

  @Test
  void everyImageIsPinnedToATag() throws IOException {
    assertThat(images())
        .isNotEmpty()
        .allSatisfy(
            image -> {
              assertThat(image).as("image").contains(":");
              assertThat(image).doesNotEndWith(":latest");
            });
  }

  @Test
  void engineVersionsAreThePoms() throws IOException {
    String flink = System.getProperty("shotcharts.flinkVersion");
    String spark = System.getProperty("shotcharts.sparkVersion");
    String version = System.getProperty("shotcharts.version");
    assertThat(service("flink-jobmanager").path("image").asText())
        .isEqualTo("flink:" + flink + "-java17");
    assertThat(service("flink-taskmanager").path("image").asText())
        .isEqualTo("flink:" + flink + "-java17");
    for (String s : List.of("spark-master", "spark-worker", "spark-history")) {
      assertThat(service(s).path("image").asText()).isEqualTo("apache/spark:" + spark);
    }
    String dockerfile = Files.readString(ROOT.resolve("deploy/docker/Dockerfile"));
    assertThat(dockerfile).contains("FROM flink:" + flink + "-java17 AS flink-job");
    assertThat(
            service("flink-jobmanager")
                .path("environment")
                .path("ENABLE_BUILT_IN_PLUGINS")
                .asText())
        .isEqualTo("flink-s3-fs-hadoop-" + flink + ".jar");
    JsonNode flinkDeployment = read(ROOT.resolve("deploy/k8s/flink-deployment.yaml")).get(0);
    assertThat(flinkDeployment.path("spec").path("flinkVersion").asText())
        .isEqualTo("v" + flink.substring(0, flink.lastIndexOf('.')).replace('.', '_'));
    assertThat(flinkDeployment.toString()).contains("flink-s3-fs-hadoop-" + flink + ".jar");
    assertThat(service("flink-job").path("image").asText())
        .isEqualTo("shotcharts-flink-job:" + version);
    assertThat(service("scheduler").path("image").asText()).isEqualTo("shotcharts-cli:" + version);
  }

  @Test
  void theJobJarTheImagesCopyIsTheOneTheBuildMakes() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("deploy/docker/Dockerfile"));
    Matcher copy =
        Pattern.compile("COPY --from=build /src/(flink-job/target/\\S+) ").matcher(dockerfile);
    assertThat(copy.find()).isTrue();
    String glob = copy.group(1);
    Path built =
        ROOT.resolve(
            "flink-job/target/flink-job-" + System.getProperty("shotcharts.version") + "-job.jar");
    assertThat(ROOT.getFileSystem().getPathMatcher("glob:" + glob).matches(ROOT.relativize(built)))
        .isTrue();
    String jarInImage = "/opt/flink/usrlib/shotcharts-flink-job.jar";
    assertThat(dockerfile).contains(jarInImage);
    assertThat(service("flink-job").path("command").toString()).contains(jarInImage);
    assertThat(
            read(ROOT.resolve("deploy/k8s/flink-deployment.yaml"))
                .get(0)
                .path("spec")
                .path("job")
                .path("jarURI")
                .asText())
        .isEqualTo("local://" + jarInImage);
  }

  @Test
  void topicsAndBucketAreTheContracts() throws IOException {
    List<String> jobArgs = new ArrayList<>();
    service("flink-job").path("command").forEach(a -> jobArgs.add(a.asText()));
    read(ROOT.resolve("deploy/k8s/flink-deployment.yaml"))
        .get(0)
        .path("spec")
        .path("job")
        .path("args")
        .forEach(a -> jobArgs.add(a.asText()));
    for (int i = 0; i < jobArgs.size() - 1; i++) {
      switch (jobArgs.get(i)) {
        case "--topic" -> assertThat(jobArgs.get(i + 1)).isEqualTo(Topics.SHOT_CHARTS);
        case "--dead-letter-topic" -> assertThat(jobArgs.get(i + 1)).isEqualTo(Topics.DEAD_LETTERS);
        case "--lake" ->
            assertThat(jobArgs.get(i + 1))
                .isIn(
                    "s3://" + LakeLayout.DEFAULT_BUCKET,
                    "s3://${SHOTCHARTS_BUCKET:-" + LakeLayout.DEFAULT_BUCKET + "}");
        default -> {}
      }
    }
    assertThat(Files.readString(ROOT.resolve(".env.example")))
        .contains("SHOTCHARTS_BUCKET=" + LakeLayout.DEFAULT_BUCKET);
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
    assertThat(compose).contains("${SHOTCHARTS_BUCKET:-" + LakeLayout.DEFAULT_BUCKET + "}");
  }

  @Test
  void theHistoryServerRunsWhenAskedAsOnTheLocalStack() {
    List<String> profiles = new ArrayList<>();
    service("spark-history").path("profiles").forEach(p -> profiles.add(p.asText()));
    assertThat(profiles).containsExactly("history");
    assertThat(service("spark-master").has("profiles"))
        .as("the cluster itself always runs")
        .isFalse();
  }

  @Test
  void publishedPortsAreTheLocalStacksDefaults() {
    Map<String, String> expected =
        Map.of(
            "kafka", "${KAFKA_PORT:-9092}",
            "minio", "${S3_PORT:-9000}",
            "flink-jobmanager", "${FLINK_UI_PORT:-8081}:8081",
            "spark-master", "${SPARK_UI_PORT:-8080}:8080",
            "spark-history", "${SPARK_HISTORY_PORT:-18080}:18080");
    expected.forEach(
        (service, port) -> {
          List<String> ports = new ArrayList<>();
          service(service).path("ports").forEach(p -> ports.add(p.asText()));
          assertThat(ports)
              .as(service)
              .anyMatch(p -> p.startsWith("127.0.0.1:") && p.contains(port));
        });
    List<String> masterPorts = new ArrayList<>();
    service("spark-master").path("ports").forEach(p -> masterPorts.add(p.asText()));
    assertThat(masterPorts).anyMatch(p -> p.contains("${SPARK_MASTER_PORT:-7077}:7077"));
  }

  @Test
  void theEnvironmentTheStackSetsIsTheEnvironmentTheCliReads() throws IOException {
    Set<String> read = new HashSet<>();
    collectEnv(new CommandLine(new ShotchartsCli()).setInterpolateVariables(false), read);
    Set<String> set = new HashSet<>();
    ((ObjectNode) COMPOSE.path("x-lake-env")).fieldNames().forEachRemaining(set::add);
    service("scheduler").path("environment").fieldNames().forEachRemaining(set::add);
    read(ROOT.resolve("deploy/k8s/configmap.yaml"))
        .get(0)
        .path("data")
        .fieldNames()
        .forEachRemaining(set::add);
    // The AWS default chain, and the catalog's login (read where a catalog is built, never a flag).
    set.removeIf(
        name ->
            name.startsWith("AWS_")
                || name.equals("<<")
                || Lake.catalogLogin(Map.of(name, "x")).size() == 1);
    assertThat(read).containsAll(set);
  }

  private static void collectEnv(CommandLine command, Set<String> names) {
    Pattern env = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (option.defaultValue() != null) {
        Matcher m = env.matcher(option.defaultValue());
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    command.getSubcommands().values().forEach(sub -> collectEnv(sub, names));
  }

  @Test
  void theSchedulesAreValidCron() {
    String compose = service("scheduler").path("environment").path("SHOTCHARTS_CRON").asText();
    Matcher fallback = Pattern.compile("\\$\\{SHOTCHARTS_CRON:-(.+)}").matcher(compose);
    assertThat(fallback.matches()).isTrue();
    assertThat(fallback.group(1)).isEqualTo(ScheduleCommand.DEFAULT_CRON);
    CronSchedule.parse(fallback.group(1));
    String cronJob =
        read(ROOT.resolve("deploy/k8s/weekly-cronjob.yaml"))
            .get(0)
            .path("spec")
            .path("schedule")
            .asText();
    assertThat(cronJob).isEqualTo(ScheduleCommand.DEFAULT_CRON);
    CronSchedule.parse(cronJob);
  }

  @Test
  void theAirflowDagRunsWhatTheCronJobAndTheComposeSchedulerRun() throws IOException {
    String dag = Files.readString(ROOT.resolve("deploy/airflow/dags/shotcharts_weekly.py"));
    Matcher schedule = Pattern.compile("schedule=\"([^\"]+)\"").matcher(dag);
    assertThat(schedule.find()).isTrue();
    assertThat(schedule.group(1)).isEqualTo(ScheduleCommand.DEFAULT_CRON);

    // step("task", "verb", "arg", ...): the verb and arguments after the task id.
    List<List<String>> steps = new ArrayList<>();
    Matcher step = Pattern.compile("(?m)^\\s*step\\(([^)]*)\\)").matcher(dag);
    while (step.find()) {
      List<String> words = new ArrayList<>();
      Matcher word = Pattern.compile("\"([^\"]*)\"").matcher(step.group(1));
      while (word.find()) {
        words.add(word.group(1));
      }
      steps.add(words.subList(1, words.size()));
    }
    List<String> cronJob = new ArrayList<>();
    read(ROOT.resolve("deploy/k8s/weekly-cronjob.yaml"))
        .get(0)
        .at("/spec/jobTemplate/spec/template/spec/containers/0/args")
        .forEach(a -> cronJob.add(a.asText()));
    List<String> scheduler = new ArrayList<>();
    service("scheduler").path("command").forEach(a -> scheduler.add(a.asText()));
    List<String> scheduled = scheduler.subList(scheduler.indexOf("--") + 1, scheduler.size());
    assertThat(steps).containsExactly(cronJob);
    assertThat(scheduled).isEqualTo(cronJob);

    Set<String> read = new HashSet<>();
    collectEnv(new CommandLine(new ShotchartsCli()).setInterpolateVariables(false), read);
    Matcher env = Pattern.compile("\"([A-Z][A-Z0-9_]+)\":").matcher(dag);
    Set<String> set = new HashSet<>();
    while (env.find()) {
      set.add(env.group(1));
    }
    set.removeIf(name -> name.startsWith("AWS_"));
    assertThat(set).isNotEmpty();
    assertThat(read).as("the DAG's environment is read by the CLI").containsAll(set);
  }

  @Test
  void theKubernetesJobUpgradesThroughSavepointsOnS3() {
    JsonNode spec = read(ROOT.resolve("deploy/k8s/flink-deployment.yaml")).get(0).path("spec");
    assertThat(spec.path("job").path("upgradeMode").asText()).isEqualTo("savepoint");
    assertThat(spec.path("flinkConfiguration").path("execution.checkpointing.dir").asText())
        .startsWith("s3://");
    assertThat(
            spec.path("flinkConfiguration").path("execution.checkpointing.savepoint-dir").asText())
        .startsWith("s3://");
    List<String> kustomized = new ArrayList<>();
    read(ROOT.resolve("deploy/k8s/kustomization.yaml"))
        .get(0)
        .path("resources")
        .forEach(r -> kustomized.add(r.asText()));
    assertThat(kustomized)
        .allMatch(r -> Files.isRegularFile(ROOT.resolve("deploy/k8s").resolve(r)));
  }

  @Test
  void oneFollowerEverywhereThatStaysIdleWhenStopped() {
    List<String> compose = new ArrayList<>();
    service("follower").path("command").forEach(a -> compose.add(a.asText()));
    JsonNode deployment = read(ROOT.resolve("deploy/k8s/follower-deployment.yaml")).get(0);
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
    assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("Recreate");
    List<String> k8s = new ArrayList<>();
    deployment.at("/spec/template/spec/containers/0/args").forEach(a -> k8s.add(a.asText()));
    for (List<String> args : List.of(compose, k8s)) {
      assertThat(args).startsWith("follow").contains("--stay-after-stop");
      // The CLI accepts them as they are written.
      new CommandLine(new ShotchartsCli()).parseArgs(args.toArray(String[]::new));
    }
  }

  @Test
  void noSecretIsCommitted() throws IOException {
    String env = Files.readString(ROOT.resolve(".env.example"));
    assertThat(env)
        .containsPattern("(?m)^MINIO_ROOT_PASSWORD=$")
        .containsPattern("(?m)^POSTGRES_PASSWORD=$");
    assertThat(Files.readString(ROOT.resolve("docker-compose.yml")))
        .contains("${MINIO_ROOT_PASSWORD:?set MINIO_ROOT_PASSWORD in .env}");
    // The passwords' file stays out of git and out of the image that COPY . . builds.
    assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
    assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains(".env", ".git");
  }
}
