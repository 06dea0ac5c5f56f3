package dev.shotcharts.scraper;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * What the follower is told, with its defaults in one place.
 *
 * @param scrape the site, politeness, page cache and Kafka (its date range is not used: the
 *     follower looks at the last {@code lookbackDays} days up to today on the site's calendar)
 * @param maxAttempts a game whose page fails this many times is reported failed and left for a
 *     {@code scrape}; a chart page that is not there yet (404) is not a failure
 * @param stateFile where the follower writes its state for {@code status}
 */
public record FollowConfig(
    ScrapeConfig scrape,
    PollSchedule polls,
    int lookbackDays,
    int maxAttempts,
    Path stateFile,
    ZoneId siteZone) {

  /** The site's dates are US Eastern: a game on "Nov 4" may end after midnight UTC. */
  public static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");

  public static FollowConfig of(ScrapeConfig scrape) {
    return new FollowConfig(
        scrape,
        PollSchedule.DEFAULT,
        3,
        3,
        Path.of(".shotcharts", "follower-" + scrape.season() + ".json"),
        SITE_ZONE);
  }

  /** The follower's own producer id: one follower per season; a second one fences the first. */
  public static String transactionalId(int season) {
    return "shotcharts-follower-" + season;
  }

  public FollowConfig withPolls(PollSchedule value) {
    return new FollowConfig(scrape, value, lookbackDays, maxAttempts, stateFile, siteZone);
  }

  public FollowConfig withLookbackDays(int value) {
    return new FollowConfig(scrape, polls, value, maxAttempts, stateFile, siteZone);
  }

  public FollowConfig withStateFile(Path value) {
    return new FollowConfig(scrape, polls, lookbackDays, maxAttempts, value, siteZone);
  }
}
