package dev.shotcharts.deploy;

import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.KafkaShotSink;
import dev.shotcharts.scraper.RateLimiter;
import dev.shotcharts.scraper.ScrapeSummary;
import dev.shotcharts.scraper.Scraper;
import dev.shotcharts.scraper.SiteClient;
import java.net.URI;
import java.time.LocalDate;

/** A scrape of one site into a broker's {@code shot_charts}, as the demos run it. */
public final class KafkaScrape {
  /** The bundled sample site is local: no rate limit to respect. */
  public static final double LOCAL_SITE_RATE = 6000;

  private KafkaScrape() {}

  public static ScrapeSummary run(
      URI site,
      double ratePerMinute,
      String bootstrapServers,
      int partitions,
      int season,
      LocalDate from,
      LocalDate to,
      boolean force)
      throws Exception {
    RateLimiter limiter = new RateLimiter(ratePerMinute, RateLimiter.Clock.SYSTEM);
    SiteClient client =
        new SiteClient(site, "shotcharts-demo", limiter, RateLimiter.Clock.SYSTEM, null);
    var topics =
        new KafkaShotSink.KafkaTopics(
            bootstrapServers, Topics.SHOT_CHARTS, Topics.GAMES, partitions, (short) 1);
    try (KafkaShotSink sink = new KafkaShotSink(topics, "shotcharts-demo")) {
      return new Scraper(client, limiter, sink).run(season, from, to, force);
    }
  }
}
