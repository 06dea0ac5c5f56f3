package dev.shotcharts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/shotcharts}: the one entry point users type. */
@Command(
    name = "shotcharts",
    mixinStandardHelpOptions = true,
    description = "An always-fresh lake of every NBA shot, from Basketball-Reference shot charts.",
    subcommands = {
      DemoCommand.class,
      ScrapeCommand.class,
      TransformCommand.class,
      MergeCommand.class,
      ExportCommand.class,
      WeeklyCommand.class,
      ScheduleCommand.class,
      StackCommands.Up.class,
      StackCommands.Down.class,
      StackCommands.Status.class,
      StackCommands.Flink.class,
      CommandLine.HelpCommand.class
    })
public final class ShotchartsCli {
  ShotchartsCli() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ShotchartsCli()).execute(args));
  }
}
