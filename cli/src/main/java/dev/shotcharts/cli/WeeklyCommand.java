package dev.shotcharts.cli;

import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.pipeline.Weekly;
import dev.shotcharts.pipeline.WeeklyConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts weekly}: what a scheduler calls; the exit code says whether it worked. */
@Command(
    name = "weekly",
    mixinStandardHelpOptions = true,
    description = "Scrape the last days, wait for the Flink job to commit them, merge and export.")
public final class WeeklyCommand implements Callable<Integer> {
  @Option(names = "--season", description = "Season (default: the one being played today).")
  Integer season;

  @Option(
      names = "--days",
      defaultValue = "${env:SHOTCHARTS_WEEKLY_DAYS:-" + WeeklyConfig.DEFAULT_DAYS + "}",
      description = "How many days back to scrape (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--until",
      description =
          "The last day to scrape (default: today); an orchestrator passes its run's date, so a"
              + " retried or backfilled run scrapes the same days.")
  LocalDate until;

  @Option(
      names = "--step",
      split = ",",
      description =
          "Only these steps, in their order: ${COMPLETION-CANDIDATES} (default: all). An"
              + " orchestrator runs one per task, so a failed merge is retried without scraping"
              + " again.")
  Set<Weekly.Step> steps = WeeklyConfig.ALL_STEPS;

  @Mixin SourceOptions sourceOptions;

  @Option(
      names = "--flink-group",
      defaultValue = "${env:SHOTCHARTS_FLINK_GROUP:-" + WeeklyConfig.DEFAULT_FLINK_GROUP + "}",
      description = "The Flink job's consumer group (default: ${DEFAULT-VALUE}).")
  String flinkGroup;

  @Option(
      names = "--wait-minutes",
      defaultValue = "" + WeeklyConfig.DEFAULT_WAIT_MINUTES,
      description = "How long to wait for the Flink job to catch up (default: ${DEFAULT-VALUE}).")
  int waitMinutes;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    LocalDate last = until != null ? until : LocalDate.now();
    int s = season != null ? season : WeeklyConfig.seasonPlayedOn(last);
    WeeklyConfig config =
        new WeeklyConfig(
            sourceOptions.scrape(s).dates(last.minusDays(days), last).build(),
            flinkGroup,
            Duration.ofMinutes(waitMinutes),
            WeeklyConfig.DEFAULT_STALL,
            lake.settings(),
            lake.master(),
            lake.eventLogDir(),
            steps);
    Weekly.Result result = Weekly.run(config, EngineJars.fromBuild());
    // The scrape's summary and any error are logged by Weekly.
    if (result.scrape() != null) {
      System.out.println("scraped: " + result.scrape().describe());
    }
    if (result.merge() != null) {
      System.out.println("merged: " + result.merge());
    }
    if (result.export() != null) {
      System.out.println("exported: " + result.export().rows() + " rows");
    }
    return result.outcome().exitCode;
  }
}
