package dev.shotcharts.cli;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shotcharts schedule --cron "5 4 * * 0" -- weekly ...}: runs a shotcharts command on a Unix
 * cron schedule (cron-utils computes the times), forever; the scheduler container's command.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Run a shotcharts command on a cron schedule, e.g. --cron '5 4 * * 0' -- weekly.")
public final class ScheduleCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduleCommand.class);

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
  public Integer call() throws Exception {
    ExecutionTime times = ExecutionTime.forCron(parse(cron));
    while (true) {
      ZonedDateTime now = ZonedDateTime.now();
      ZonedDateTime next = times.nextExecution(now).orElseThrow();
      LOG.info("next run of {} at {}", command, next);
      Thread.sleep(Duration.between(now, next).toMillis());
      int exit = new CommandLine(new ShotchartsCli()).execute(command.toArray(String[]::new));
      LOG.info("{} exited with {}", command, exit);
    }
  }

  public static com.cronutils.model.Cron parse(String expression) {
    return new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX))
        .parse(expression)
        .validate();
  }
}
