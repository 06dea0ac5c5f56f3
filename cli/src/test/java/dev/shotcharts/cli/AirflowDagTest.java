package dev.shotcharts.cli;

import static dev.shotcharts.cli.DeployFiles.service;
import static dev.shotcharts.cli.DeployFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.Lake;
import dev.shotcharts.pipeline.Weekly;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Airflow DAG, read from its file (Airflow cannot be installed here): its tasks and their
 * order, their retries and timeouts, the command and environment each container gets.
 */
class AirflowDagTest {
  static final String DAG = text("deploy/airflow/dags/shotcharts_weekly.py");

  record Step(String name, int retries, Duration timeout) {}

  /** The STEPS list: ("name", retries, timedelta(unit=n)), in order. */
  static List<Step> steps() {
    Matcher m =
        Pattern.compile("\\(\"(\\w+)\", (\\d+), timedelta\\((hours|minutes)=(\\d+)\\)\\)")
            .matcher(DAG.substring(DAG.indexOf("STEPS = [")));
    List<Step> steps = new ArrayList<>();
    while (m.find()) {
      long n = Long.parseLong(m.group(4));
      steps.add(
          new Step(
              m.group(1),
              Integer.parseInt(m.group(2)),
              m.group(3).equals("hours") ? Duration.ofHours(n) : Duration.ofMinutes(n)));
    }
    return steps;
  }

  @Test
  void oneTaskPerStepOfTheWeeklyRunInItsOrderEachRetriedAndBounded() {
    assertThat(steps().stream().map(Step::name))
        .containsExactlyElementsOf(
            Arrays.stream(Weekly.Step.values()).map(s -> s.name().toLowerCase()).toList());
    assertThat(steps())
        .allSatisfy(
            s -> {
              assertThat(s.retries()).as(s.name()).isPositive();
              assertThat(s.timeout())
                  .as(s.name())
                  .isBetween(Duration.ofMinutes(5), Duration.ofHours(3));
            });
    // The tasks run in the list's order, one after the other.
    assertThat(DAG).contains("chain(*[step(*s) for s in STEPS])");
    assertThat(DAG).contains("retries=retries").contains("execution_timeout=timeout");
  }

  @Test
  void eachTaskRunsItsStepOfWeeklyAsTheCliParsesIt() {
    Matcher command = Pattern.compile("command=\\[([^]]*)]").matcher(DAG);
    assertThat(command.find()).isTrue();
    for (Step step : steps()) {
      List<String> args = new ArrayList<>();
      Matcher word = Pattern.compile("\"([^\"]*)\"|\\bname\\b").matcher(command.group(1));
      while (word.find()) {
        args.add(word.group(1) != null ? word.group(1) : step.name());
      }
      assertThat(args).startsWith("weekly", "--step", step.name());
      // Airflow renders {{ ds }} as the run's date.
      args.replaceAll(a -> a.equals("{{ ds }}") ? "2026-01-04" : a);
      var parsed = ShotchartsCli.commandLine().parseArgs(args.toArray(String[]::new));
      assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("weekly");
    }
  }

  @Test
  void theContainersGetTheStacksImageNetworkVolumesAndCredentialsExplicitly() {
    assertThat(DAG).contains("image=\"" + service("scheduler").path("image").asText() + "\"");
    assertThat(DAG).contains("network_mode=STACK").contains("mount_tmp_dir=False");
    assertThat(DAG)
        .contains("Mount(source=f\"{STACK}-spark-events\", target=\"/spark-events\"")
        .contains("Mount(source=f\"{STACK}-scraper-cache\", target=\"/src/.shotcharts\"");
    assertThat(text("docker-compose.yml"))
        .contains("name: ${SHOTCHARTS_STACK:-shotcharts}\n")
        .contains("name: ${SHOTCHARTS_STACK:-shotcharts}-spark-events")
        .contains("name: ${SHOTCHARTS_STACK:-shotcharts}-scraper-cache");

    // Every name the containers get is one the CLI reads, or a credential of the AWS chain.
    Set<String> read = new HashSet<>();
    DeployFiles.collectEnv(ShotchartsCli.commandLine().setInterpolateVariables(false), read);
    Matcher env = Pattern.compile("\"([A-Z][A-Z0-9_]+)\":").matcher(DAG);
    Set<String> given = new HashSet<>();
    while (env.find()) {
      given.add(env.group(1));
    }
    // The AWS chain's region and the catalog's login are read where a client is built.
    given.removeIf(n -> n.equals("AWS_REGION") || Lake.catalogLogin(Map.of(n, "x")).size() == 1);
    assertThat(given).isNotEmpty();
    assertThat(read).as("the DAG's environment is read by the CLI").containsAll(given);

    // The secrets: passed on explicitly, never rendered; the workers have them from compose.
    Matcher secrets = Pattern.compile("SECRETS = \\(([^)]*)\\)").matcher(DAG);
    assertThat(secrets.find()).isTrue();
    assertThat(secrets.group(1))
        .contains(
            "\"AWS_ACCESS_KEY_ID\"",
            "\"AWS_SECRET_ACCESS_KEY\"",
            "\"SHOTCHARTS_CATALOG_PASSWORD\"");
    assertThat(DAG).contains("private_environment=");
    Set<String> workerEnv = new HashSet<>();
    service("airflow-scheduler").path("environment").fieldNames().forEachRemaining(workerEnv::add);
    DeployFiles.COMPOSE.path("x-lake-env").fieldNames().forEachRemaining(workerEnv::add);
    assertThat(workerEnv)
        .contains("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "SHOTCHARTS_CATALOG_PASSWORD");
  }

  @Test
  void theDagRunsOnTheScheduleOfTheOtherSchedulers() {
    Matcher schedule = Pattern.compile("schedule=\"([^\"]+)\"").matcher(DAG);
    assertThat(schedule.find()).isTrue();
    assertThat(schedule.group(1)).isEqualTo(ScheduleCommand.DEFAULT_CRON);
    assertThat(DAG).contains("max_active_runs=1");
  }
}
