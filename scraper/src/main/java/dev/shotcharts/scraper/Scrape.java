package dev.shotcharts.scraper;

import dev.shotcharts.model.Sleeper;
import dev.shotcharts.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scraper's one entry point: a {@link ScrapeConfig} in, a {@link ScrapeSummary} out. */
public final class Scrape {
  private static final Logger LOG = LoggerFactory.getLogger(Scrape.class);

  private Scrape() {}

  public static ScrapeSummary run(ScrapeConfig config) throws Exception {
    boolean localSite = "127.0.0.1".equals(config.source().getHost());
    if (config.ratePerMinute() > ScrapeConfig.SITE_LIMIT && !localSite) {
      LOG.warn(
          "rate {}/min is above the site's published limit of {}/min",
          config.ratePerMinute(),
          ScrapeConfig.SITE_LIMIT);
    }
    RateLimiter limiter = new RateLimiter(config.ratePerMinute(), Sleeper.SYSTEM);
    SiteClient site = site(config, limiter, Sleeper.SYSTEM);
    try (ShotSink sink = openSink(config)) {
      return new Scraper(site, limiter, sink)
          .run(config.season(), config.from(), config.to(), config.force());
    }
  }

  /** The polite client of the configured site, with its page cache if one is configured. */
  static SiteClient site(ScrapeConfig config, RateLimiter limiter, Sleeper clock) {
    PageCache cache = config.cacheDir() == null ? null : new PageCache(config.cacheDir());
    return new SiteClient(config.source(), config.userAgent(), limiter, clock, cache);
  }

  private static ShotSink openSink(ScrapeConfig config) throws Exception {
    if (config.out() != null) {
      return new JsonLinesShotSink(config.out());
    }
    return kafkaSink(config);
  }

  /** The transactional Kafka sink the config names (topics created when missing). */
  static KafkaShotSink kafkaSink(ScrapeConfig config) throws Exception {
    var topics =
        new KafkaShotSink.KafkaTopics(
            config.bootstrapServers(),
            config.topic(),
            Topics.DEAD_LETTERS,
            Topics.GAMES,
            Topics.SCHEDULE,
            config.partitions(),
            config.replicationFactor());
    return new KafkaShotSink(topics, config.transactionalId());
  }
}
