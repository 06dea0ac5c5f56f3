package dev.shotcharts.cli;

import dev.shotcharts.pipeline.WeeklyConfig;
import dev.shotcharts.scraper.FollowConfig;
import dev.shotcharts.scraper.Follower;
import dev.shotcharts.scraper.PollSchedule;
import dev.shotcharts.scraper.SiteBlockedException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts follow --season S}: the season live, each game minutes after it ends. */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description =
        "Follow a season live: poll its current schedule page (one conditional request), scrape"
            + " each newly played game once and publish it to Kafka. Runs until stopped; status"
            + " shows what it does.")
public final class FollowCommand implements Callable<Integer> {
  @Option(
      names = "--season",
      description = "Season by the year it ends (default: the one being played today).")
  Integer season;

  @Mixin SourceOptions sourceOptions;

  @Mixin PolitenessOptions politeness;

  @Option(
      names = "--poll",
      defaultValue = "PT10M",
      description = "Between polls when games are coming (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration poll;

  @Option(
      names = "--game-night-poll",
      defaultValue = "PT2M",
      description =
          "Between polls while a game of today is on or a chart is awaited (default:"
              + " ${DEFAULT-VALUE}).")
  Duration gameNightPoll;

  @Option(
      names = "--idle-poll",
      defaultValue = "PT1H",
      description = "Between polls when nothing is scheduled (default: ${DEFAULT-VALUE}).")
  Duration idlePoll;

  @Option(
      names = "--state-file",
      description = "Where status reads the follower (default: .shotcharts/follower-S.json).")
  Path stateFile;

  @Option(
      names = "--stay-after-stop",
      description =
          "After a 403 or being fenced, stay alive and idle instead of exiting, so that a restart"
              + " policy (compose, Kubernetes, the local stack) cannot loop it against the site.")
  boolean stayAfterStop;

  @Override
  public Integer call() throws Exception {
    int season =
        this.season != null
            ? this.season
            : WeeklyConfig.seasonPlayedOn(LocalDate.now(FollowConfig.SITE_ZONE));
    FollowConfig config =
        FollowConfig.of(
                politeness
                    .apply(sourceOptions.scrape(season))
                    .transactionalId(FollowConfig.transactionalId(season))
                    .build())
            .withPolls(new PollSchedule(poll, gameNightPoll, idlePoll));
    if (stateFile != null) {
      config = config.withStateFile(stateFile);
    }
    try {
      Follower.of(config).run();
      return 0;
    } catch (SiteBlockedException | Follower.FencedException e) {
      System.err.println("follow: stopped: " + e.getMessage());
      if (stayAfterStop) {
        System.err.println("follow: staying idle until stopped (--stay-after-stop)");
        Thread.sleep(Long.MAX_VALUE);
      }
      return 2;
    }
  }
}
