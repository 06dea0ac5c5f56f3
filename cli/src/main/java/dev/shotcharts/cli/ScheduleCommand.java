package dev.shotcharts.cli;

import dev.shotcharts.pipeline.CronSchedule;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shotcharts schedule --cron "5 4 * * 0" -- weekly ...}: runs a shotcharts command on a Unix
 * cron schedule ({@link CronSchedule}) until stopped; the scheduler container's command.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Run a shotcharts command on a cron schedule, e.g. --cron '5 4 * * 0' -- weekly.")
public final class ScheduleCommand implements Callable<Integer> {
  /** The seed's schedule: Sundays at 04:05. */
  public static final String DEFAULT_CRON = "5 4 * * 0";

  @Option(
      names = "--cron",
      defaultValue = "${env:SHOTCHARTS_CRON:-" + DEFAULT_CRON + "}",
      description = "Unix cron expression (default: ${DEFAULT-VALUE}).")
  String cron;

  @Parameters(description = "The command to run, e.g. weekly --season 2025.")
  List<String> command;

  @Override
  public Integer call() {
    new CronSchedule(cron)
        .run(
            String.join(" ", command),
            () -> ShotchartsCli.commandLine().execute(command.toArray(String[]::new)));
    return 0;
  }
}
