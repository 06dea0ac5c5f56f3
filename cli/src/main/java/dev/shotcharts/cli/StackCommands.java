package dev.shotcharts.cli;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.localstack.FlinkRest;
import dev.shotcharts.localstack.JobOperator;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackException;
import dev.shotcharts.scraper.ScrapeConfig;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code up}, {@code down}, {@code status} and {@code flink ...}: operating the local stack. */
public final class StackCommands {
  private StackCommands() {}

  abstract static class StackCommand implements Callable<Integer> {
    @Mixin StackOptions options;

    LocalStack stack() {
      return new LocalStack(options.config(), EngineJars.fromBuild());
    }

    @Override
    public Integer call() throws Exception {
      try {
        run().forEach(System.out::println);
        return 0;
      } catch (StackException e) {
        System.err.println("shotcharts: " + e.getMessage());
        return 1;
      }
    }

    abstract List<String> run() throws Exception;
  }

  @Command(
      name = "up",
      mixinStandardHelpOptions = true,
      description =
          "Start the local stack (Kafka, S3 server, Flink, Spark), or what of it is not running:"
              + " separate JVMs on 127.0.0.1.")
  public static final class Up extends StackCommand {
    @Option(
        names = "--follow",
        paramLabel = "SEASON",
        description = "Also run the follower of this season (bin/shotcharts follow), supervised.")
    Integer follow;

    @Option(
        names = "--follow-source",
        defaultValue = "${env:SHOTCHARTS_SOURCE:-" + ScrapeConfig.DEFAULT_SOURCE + "}",
        description = "The site the follower watches (default: ${DEFAULT-VALUE}).")
    java.net.URI followSource;

    @Option(
        names = "--history",
        description =
            "Also start Spark's history server (the merges write their event logs either way).")
    boolean history;

    @Override
    List<String> run() throws Exception {
      System.out.println("starting the local stack under " + options.config().home() + " ...");
      List<String> lines = new java.util.ArrayList<>(StackConsole.lines(stack().up()));
      if (history) {
        lines.add(StackConsole.line(stack().startHistory()));
      }
      if (follow != null) {
        lines.add(StackConsole.line(stack().startFollower(follow, followCommand())));
      }
      return lines;
    }

    /** This same program, {@code follow}, pointed at the stack's broker. */
    private List<String> followCommand() {
      var config = options.config();
      return List.of(
          ProcessHandle.current().info().command().orElse("java"),
          "-Xmx256m",
          "-cp",
          LocalStack.absoluteClasspath(),
          ShotchartsCli.class.getName(),
          "follow",
          "--stay-after-stop",
          "--season",
          String.valueOf(follow),
          "--source",
          followSource.toString(),
          "--bootstrap-servers",
          config.bootstrapServers(),
          "--cache-dir",
          config.home().resolve("cache").toString(),
          "--state-file",
          stack().followerState(follow).toString());
    }
  }

  @Command(
      name = "down",
      mixinStandardHelpOptions = true,
      description = "Stop the Flink job with a savepoint, then every process of the stack.")
  public static final class Down extends StackCommand {
    @Option(names = "--purge", description = "Also delete the stack's data, logs and savepoints.")
    boolean purge;

    @Override
    List<String> run() throws Exception {
      return StackConsole.lines(stack().down(purge));
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "Each process of the stack, its UI, and the Flink jobs with their last checkpoint.")
  public static final class Status extends StackCommand {
    @Override
    List<String> run() throws Exception {
      List<String> lines = new java.util.ArrayList<>(StackConsole.lines(stack().status()));
      lines.addAll(FollowerStatus.lines(options.config().home()));
      lines.add("scrape, weekly, merge and export use " + RunningStack.describe());
      return lines;
    }
  }

  @Command(
      name = "flink",
      mixinStandardHelpOptions = true,
      description =
          "Operate the Flink job on the local stack: run, savepoint, stop, resume, upgrade.",
      subcommands = {
        FlinkRun.class,
        FlinkSavepoint.class,
        FlinkStop.class,
        FlinkResume.class,
        FlinkUpgrade.class
      })
  public static final class Flink {}

  abstract static class FlinkCommand extends StackCommand {
    String theJob() throws Exception {
      List<FlinkRest.Job> running = stack().job().flink().runningJobs();
      if (running.isEmpty()) {
        throw new StackException("no Flink job is running (bin/shotcharts flink run)");
      }
      return running.get(0).id();
    }

    String start(String savepoint) throws Exception {
      String job = stack().job().start(savepoint);
      return "started job "
          + job
          + (savepoint == null ? "" : " from " + savepoint)
          + "; dashboard "
          + options.config().flinkUrl()
          + "/#/job/running/"
          + job
          + "/overview";
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = "Submit the job jar.")
  public static final class FlinkRun extends FlinkCommand {
    @Option(names = "--from-savepoint", description = "Start from this savepoint.")
    String savepoint;

    @Override
    List<String> run() throws Exception {
      if (!stack().job().flink().runningJobs().isEmpty()) {
        throw new StackException("a job is running already; use flink upgrade to replace it");
      }
      return List.of(start(savepoint));
    }
  }

  @Command(
      name = "savepoint",
      mixinStandardHelpOptions = true,
      description = "Take a savepoint and print its path.")
  public static final class FlinkSavepoint extends FlinkCommand {
    @Override
    List<String> run() throws Exception {
      return List.of(stack().job().savepoint(theJob(), false));
    }
  }

  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      description = "Stop the job with a savepoint.")
  public static final class FlinkStop extends FlinkCommand {
    @Override
    List<String> run() throws Exception {
      return List.of("stopped with savepoint " + stack().job().savepoint(theJob(), true));
    }
  }

  @Command(
      name = "resume",
      mixinStandardHelpOptions = true,
      description =
          "Start the job from its newest state: the newest of its retained checkpoints and its"
              + " last savepoint.")
  public static final class FlinkResume extends FlinkCommand {
    @Override
    List<String> run() throws Exception {
      JobOperator job = stack().job();
      if (job.hasLiveJob()) {
        throw new StackException("the job is running; flink upgrade replaces it");
      }
      // The newest of its retained checkpoints and its last savepoint: never an older state.
      return List.of("started job " + job.resume());
    }
  }

  @Command(
      name = "upgrade",
      mixinStandardHelpOptions = true,
      description = "Stop the running job with a savepoint and start the current jar from it.")
  public static final class FlinkUpgrade extends FlinkCommand {
    @Override
    List<String> run() throws Exception {
      String path = stack().job().savepoint(theJob(), true);
      return List.of("stopped with savepoint " + path, start(path));
    }
  }
}
