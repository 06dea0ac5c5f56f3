package dev.shotcharts.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code bin/shotcharts}: the one entry point users type. */
@Command(
    name = "shotcharts",
    mixinStandardHelpOptions = true,
    description = "An always-fresh lake of every NBA shot, from Basketball-Reference shot charts.",
    subcommands = {
      DemoCommand.class,
      ScrapeCommand.class,
      FollowCommand.class,
      TransformCommand.class,
      MergeCommand.class,
      ExportCommand.class,
      QueryCommand.class,
      ChartCommand.class,
      ReportCommand.class,
      WeeklyCommand.class,
      ScheduleCommand.class,
      ReconcileCommand.class,
      TopicsCommand.class,
      SampleSiteCommand.class,
      StackCommands.Up.class,
      StackCommands.Down.class,
      StackCommands.Status.class,
      StackCommands.Flink.class,
      CommandLine.HelpCommand.class
    })
public final class ShotchartsCli {
  // Read in main, before the first logger: the log configuration takes it from a property.
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show the engines' logs on the console too (they always go to the log file).")
  boolean verbose;

  ShotchartsCli() {}

  public static void main(String[] args) {
    String home = System.getenv().getOrDefault("SHOTCHARTS_HOME", ".shotcharts");
    System.setProperty("shotcharts.log.dir", home + "/logs");
    // The Flink S3 plugin's AWS SDK v1 prints a deprecation notice with a stack trace.
    System.setProperty("aws.java.v1.disableDeprecationAnnouncement", "true");
    if (Arrays.asList(args).contains("--verbose")) {
      System.setProperty("shotcharts.console.level", "INFO");
    }
    System.exit(commandLine().execute(args));
  }

  /** The command line as users type it: enum values in any case ({@code --step merge}). */
  static CommandLine commandLine() {
    return new CommandLine(new ShotchartsCli()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
