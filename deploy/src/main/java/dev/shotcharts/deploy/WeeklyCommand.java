package dev.shotcharts.deploy;

import dev.shotcharts.engines.ConsumerLag;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.ScrapeCommand;
import dev.shotcharts.scraper.SourceOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shotcharts weekly}: what a scheduler calls. Scrape the last days, wait until the Flink job
 * has committed them to the lake, merge the season, export it. The exit code says whether it
 * worked; each step runs only if the one before did.
 */
@Command(
    name = "weekly",
    mixinStandardHelpOptions = true,
    description = "Scrape the last days, wait for the Flink job to commit them, merge and export.")
public final class WeeklyCommand implements Callable<Integer> {
  @Option(names = "--season", description = "Season (default: the one being played today).")
  Integer season;

  @Option(
      names = "--days",
      defaultValue = "${env:SHOTCHARTS_WEEKLY_DAYS:-7}",
      description = "How many days back to scrape (default: ${DEFAULT-VALUE}).")
  int days;

  @Mixin SourceOptions sourceOptions;

  @Option(
      names = "--flink-group",
      defaultValue = "${env:SHOTCHARTS_FLINK_GROUP:-shotcharts-flink}",
      description = "The Flink job's consumer group (default: ${DEFAULT-VALUE}).")
  String flinkGroup;

  @Option(
      names = "--wait-minutes",
      defaultValue = "30",
      description = "How long to wait for the Flink job to catch up (default: ${DEFAULT-VALUE}).")
  int waitMinutes;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    LocalDate today = LocalDate.now();
    int s = season != null ? season : seasonPlayedOn(today);
    int scraped =
        new CommandLine(new ScrapeCommand())
            .execute(
                "--season", String.valueOf(s),
                "--from", today.minusDays(days).toString(),
                "--to", today.toString(),
                "--source", sourceOptions.source().toString(),
                "--bootstrap-servers", sourceOptions.bootstrapServers());
    if (scraped != 0) {
      System.err.println("weekly: the scrape failed (exit " + scraped + "); not merging");
      return scraped;
    }
    if (!ConsumerLag.awaitZero(
        sourceOptions.bootstrapServers(),
        flinkGroup,
        Topics.SHOT_CHARTS,
        Duration.ofMinutes(waitMinutes))) {
      System.err.println(
          "weekly: the Flink job did not catch up in " + waitMinutes + " min; not merging");
      return 3;
    }
    List<String> lakeArgs =
        new ArrayList<>(
            List.of(
                "--season", String.valueOf(s), "--bucket", lake.bucket, "--master", lake.master));
    if (lake.s3Endpoint != null) {
      lakeArgs.addAll(List.of("--s3-endpoint", lake.s3Endpoint));
    }
    int merged = new CommandLine(new MergeCommand()).execute(lakeArgs.toArray(String[]::new));
    if (merged != 0) {
      return merged;
    }
    return new CommandLine(new ExportCommand()).execute(lakeArgs.toArray(String[]::new));
  }

  /** Seasons are named by the year they end; a season starts in the autumn. */
  static int seasonPlayedOn(LocalDate day) {
    return day.getMonthValue() >= 8 ? day.getYear() + 1 : day.getYear();
  }
}
