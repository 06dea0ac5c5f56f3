package dev.shotcharts.cli;

import static dev.shotcharts.cli.DeployFiles.COMPOSE;
import static dev.shotcharts.cli.DeployFiles.ROOT;
import static dev.shotcharts.cli.DeployFiles.VERSION;
import static dev.shotcharts.cli.DeployFiles.service;
import static dev.shotcharts.cli.DeployFiles.strings;
import static dev.shotcharts.cli.DeployFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shotcharts.flink.job.ShotChartsJob;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.Topics;
import dev.shotcharts.pipeline.CronSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, .env.example and the Dockerfiles read against the project's defaults. That
 * the stack works is shown by a run: deploy/compose-test.sh, which .ci/run runs.
 */
class ComposeFileTest {
  /** The only images not built here: optional services, never in a default `up`. */
  static final Set<String> PULLING_PROFILES = Set.of("airflow", "kafka-ui");

  @Test
  void everyEngineRunsTheImageTheBuildMakes() {
    COMPOSE
        .path("services")
        .fields()
        .forEachRemaining(
            e -> {
              String image = e.getValue().path("image").asText();
              assertThat(image).as(e.getKey()).contains(":").doesNotEndWith(":latest");
              if (image.startsWith("shotcharts")) {
                assertThat(image).as(e.getKey()).endsWith(":" + VERSION);
                assertThat(e.getValue().path("build").path("dockerfile").asText())
                    .isEqualTo("deploy/docker/Dockerfile");
              } else {
                assertThat(strings(e.getValue().path("profiles")))
                    .as(e.getKey() + " pulls " + image + ": only under an optional profile")
                    .anyMatch(PULLING_PROFILES::contains);
              }
            });
    for (String engine :
        List.of("kafka", "s3", "flink-jobmanager", "flink-taskmanager", "spark-master")) {
      assertThat(strings(service(engine).path("command"))).containsExactly(engine);
    }
  }

  @Test
  void theImagesBaseIsABuildArgumentWithAnOfficialDefault() {
    assertThat(text("deploy/docker/Dockerfile"))
        .contains("ARG BASE_IMAGE=eclipse-temurin:17-jre")
        .contains("FROM ${BASE_IMAGE} AS shotcharts")
        .contains("FROM ${BASE_IMAGE} AS postgres");
    for (String s : List.of("kafka", "postgres")) {
      assertThat(service(s).path("build").path("args").path("BASE_IMAGE").asText())
          .isEqualTo("${SHOTCHARTS_BASE_IMAGE:-eclipse-temurin:17-jre}");
    }
  }

  @Test
  void theOperatorsImageCarriesTheJarTheBuildMakesOnTheJobsFlinkVersion() {
    String dockerfile = text("deploy/docker/flink-job.Dockerfile");
    String flink = System.getProperty("shotcharts.flinkVersion");
    assertThat(dockerfile).contains("FROM flink:" + flink + "-java17");
    Matcher copy = Pattern.compile("COPY --from=app /src/(\\S+) (\\S+)").matcher(dockerfile);
    assertThat(copy.find()).isTrue();
    assertThat(ROOT.resolve(copy.group(1)))
        .isEqualTo(ROOT.resolve("flink-job/target/flink-job-" + VERSION + "-job.jar"));
    JsonNode spec = DeployFiles.yaml("deploy/k8s/flink-deployment.yaml").get(0).path("spec");
    assertThat(spec.path("job").path("jarURI").asText()).isEqualTo("local://" + copy.group(2));
    assertThat(spec.path("flinkVersion").asText())
        .isEqualTo("v" + flink.substring(0, flink.lastIndexOf('.')).replace('.', '_'));
    assertThat(spec.toString()).contains("flink-s3-fs-hadoop-" + flink + ".jar");
  }

  @Test
  void topicsBucketAndJobNameAreTheContracts() {
    List<String> jobArgs = new ArrayList<>(strings(service("flink-job").path("command")));
    jobArgs.addAll(
        strings(DeployFiles.yaml("deploy/k8s/flink-deployment.yaml").get(0).at("/spec/job/args")));
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
    assertThat(text(".env.example")).contains("SHOTCHARTS_BUCKET=" + LakeLayout.DEFAULT_BUCKET);
    // The submitter finds a running job by the name the job gives itself.
    assertThat(text("deploy/docker/services/flink-job.sh"))
        .contains("name=\"" + ShotChartsJob.JOB_NAME + "\"");
  }

  @Test
  void onlyOneSchedulerRunsTheWeeklyRun() {
    assertThat(strings(service("scheduler").path("profiles"))).containsExactly("cron");
    for (String s :
        List.of(
            "airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor")) {
      assertThat(strings(service(s).path("profiles"))).as(s).containsExactly("airflow");
    }
    Matcher profiles = Pattern.compile("(?m)^COMPOSE_PROFILES=(.*)$").matcher(text(".env.example"));
    assertThat(profiles.find()).isTrue();
    List<String> chosen = List.of(profiles.group(1).split(","));
    assertThat(chosen.contains("cron") ^ chosen.contains("airflow"))
        .as("the example picks exactly one of cron and airflow: " + chosen)
        .isTrue();
  }

  @Test
  void airflowRunsItsOwnServicesWithSecretsFromTheEnvironment() {
    assertThat(text("docker-compose.yml")).doesNotContain("standalone");
    assertThat(strings(service("airflow-apiserver").path("command"))).containsExactly("api-server");
    assertThat(strings(service("airflow-scheduler").path("command"))).containsExactly("scheduler");
    assertThat(strings(service("airflow-dag-processor").path("command")))
        .containsExactly("dag-processor");
    JsonNode env = service("airflow-scheduler").path("environment");
    assertThat(env.path("AIRFLOW__CORE__FERNET_KEY").asText()).startsWith("${AIRFLOW_FERNET_KEY");
    assertThat(env.path("AIRFLOW__API_AUTH__JWT_SECRET").asText())
        .startsWith("${AIRFLOW_JWT_SECRET");
    assertThat(env.path("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN").asText()).contains("@postgres/");
    // The LocalExecutor runs the tasks in the scheduler: it needs the DAGs and the Docker socket.
    assertThat(strings(service("airflow-scheduler").path("volumes")))
        .contains("/var/run/docker.sock:/var/run/docker.sock")
        .anyMatch(v -> v.startsWith("./deploy/airflow/dags:"));
    assertThat(strings(service("airflow-scheduler").path("group_add")))
        .containsExactly("${DOCKER_GID:-999}");
    assertThat(strings(service("airflow-apiserver").path("ports")))
        .containsExactly("127.0.0.1:${AIRFLOW_PORT:-8090}:8080");
  }

  @Test
  void theWeeklyRunsEventLogsReachTheHistoryServer() {
    assertThat(
            service("scheduler")
                .path("environment")
                .path("SHOTCHARTS_SPARK_EVENT_LOG_DIR")
                .asText())
        .isEqualTo("file:/spark-events");
    assertThat(strings(service("scheduler").path("volumes")))
        .contains("spark-events:/spark-events");
    assertThat(strings(service("spark-history").path("volumes")))
        .contains("spark-events:/spark-events");
    assertThat(strings(service("spark-history").path("profiles"))).containsExactly("history");
  }

  @Test
  void publishedPortsAreTheLocalStacksDefaultsOnLoopback() {
    Map<String, String> expected =
        Map.of(
            "kafka", "${KAFKA_PORT:-9092}",
            "s3", "${S3_PORT:-9000}:9000",
            "flink-jobmanager", "${FLINK_UI_PORT:-8081}:8081",
            "spark-master", "${SPARK_UI_PORT:-8080}:8080",
            "spark-history", "${SPARK_HISTORY_PORT:-18080}:18080");
    expected.forEach(
        (service, port) ->
            assertThat(strings(service(service).path("ports")))
                .as(service)
                .anyMatch(p -> p.startsWith("127.0.0.1:") && p.contains(port)));
    COMPOSE
        .path("services")
        .forEach(
            s -> assertThat(strings(s.path("ports"))).allMatch(p -> p.startsWith("127.0.0.1:")));
  }

  @Test
  void theEnvironmentTheStackSetsIsTheEnvironmentTheCliReads() {
    Set<String> read = new HashSet<>();
    DeployFiles.collectEnv(ShotchartsCli.commandLine().setInterpolateVariables(false), read);
    Set<String> set = new HashSet<>();
    ((ObjectNode) COMPOSE.path("x-lake-env")).fieldNames().forEachRemaining(set::add);
    service("scheduler").path("environment").fieldNames().forEachRemaining(set::add);
    DeployFiles.yaml("deploy/k8s/configmap.yaml")
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

  @Test
  void theSchedulesAreValidCron() {
    String compose = service("scheduler").path("environment").path("SHOTCHARTS_CRON").asText();
    Matcher fallback = Pattern.compile("\\$\\{SHOTCHARTS_CRON:-(.+)}").matcher(compose);
    assertThat(fallback.matches()).isTrue();
    assertThat(fallback.group(1)).isEqualTo(ScheduleCommand.DEFAULT_CRON);
    CronSchedule.parse(fallback.group(1));
    String cronJob =
        DeployFiles.yaml("deploy/k8s/weekly-cronjob.yaml").get(0).at("/spec/schedule").asText();
    assertThat(cronJob).isEqualTo(ScheduleCommand.DEFAULT_CRON);
  }

  @Test
  void oneFollowerEverywhereThatStaysIdleWhenStopped() {
    List<String> compose = strings(service("follower").path("command"));
    JsonNode deployment = DeployFiles.yaml("deploy/k8s/follower-deployment.yaml").get(0);
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
    assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("Recreate");
    List<String> k8s = strings(deployment.at("/spec/template/spec/containers/0/args"));
    for (List<String> args : List.of(compose, k8s)) {
      assertThat(args).startsWith("follow").contains("--stay-after-stop");
      ShotchartsCli.commandLine().parseArgs(args.toArray(String[]::new));
    }
  }

  @Test
  void noSecretIsCommittedOrCopiedIntoAnImage() throws IOException {
    String env = text(".env.example");
    for (String secret :
        List.of("S3_SECRET_KEY", "POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET")) {
      assertThat(env).containsPattern("(?m)^" + secret + "=$");
    }
    assertThat(text("docker-compose.yml"))
        .contains("${S3_SECRET_KEY:?set S3_SECRET_KEY in .env}")
        .contains("${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}");
    assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
    assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains(".env", ".git");
  }
}
