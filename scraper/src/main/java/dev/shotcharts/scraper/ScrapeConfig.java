package dev.shotcharts.scraper;

import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.model.Topics;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one scrape is told, with its defaults in one place: the CLI, {@code weekly}, the demos and
 * the benchmarks build it with {@link #builder(int)} and hand it to {@link Scrape#run}.
 *
 * @param from first game date; the season's start (1 August of the year before) when built
 * @param to last game date; the season's end (31 October) when built
 * @param cacheDir raw HTML cache revalidated with ETag/Last-Modified, or null for none
 * @param out a JSON-lines file to write instead of Kafka, or null
 */
public record ScrapeConfig(
    URI source,
    int season,
    LocalDate from,
    LocalDate to,
    double ratePerMinute,
    String userAgent,
    Path cacheDir,
    boolean force,
    Path out,
    String bootstrapServers,
    String topic,
    int partitions,
    short replicationFactor,
    String transactionalId) {

  public static final String DEFAULT_SOURCE = "https://www.basketball-reference.com";

  /** The site's published limit is 20 requests a minute; stay well under it by default. */
  public static final double DEFAULT_RATE = 15;

  public static final double SITE_LIMIT = 20;

  /** A local site (the bundled sample, a fixture) has no limit to respect. */
  public static final double LOCAL_SITE_RATE = 6000;

  public static final String DEFAULT_USER_AGENT =
      "shotcharts-scraper/0.1 (+https://github.com/shotcharts)";
  public static final String DEFAULT_CACHE_DIR = ".shotcharts/cache";
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";
  public static final int DEFAULT_PARTITIONS = PipelineTopics.DEFAULT_PARTITIONS;

  public static Builder builder(int season) {
    return new Builder(season);
  }

  /** Fills in the defaults; set only what differs. */
  public static final class Builder {
    private final int season;
    private URI source = URI.create(DEFAULT_SOURCE);
    private LocalDate from;
    private LocalDate to;
    private double ratePerMinute = DEFAULT_RATE;
    private String userAgent = DEFAULT_USER_AGENT;
    private Path cacheDir = Path.of(DEFAULT_CACHE_DIR);
    private boolean force;
    private Path out;
    private String bootstrapServers = DEFAULT_BOOTSTRAP_SERVERS;
    private String topic = Topics.SHOT_CHARTS;
    private int partitions = DEFAULT_PARTITIONS;
    private short replicationFactor = 1;
    private String transactionalId;

    private Builder(int season) {
      this.season = season;
    }

    public Builder source(URI value) {
      source = value;
      return this;
    }

    /** Either bound may be null: the season's own start or end. */
    public Builder dates(LocalDate first, LocalDate last) {
      from = first;
      to = last;
      return this;
    }

    public Builder ratePerMinute(double value) {
      ratePerMinute = value;
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    /** Null: keep no raw HTML on disk. */
    public Builder cacheDir(Path value) {
      cacheDir = value;
      return this;
    }

    public Builder force(boolean value) {
      force = value;
      return this;
    }

    /** Non-null: write JSON lines to this file instead of Kafka. */
    public Builder out(Path value) {
      out = value;
      return this;
    }

    public Builder bootstrapServers(String value) {
      bootstrapServers = value;
      return this;
    }

    public Builder topic(String value) {
      topic = value;
      return this;
    }

    public Builder partitions(int value) {
      partitions = value;
      return this;
    }

    public Builder replicationFactor(short value) {
      replicationFactor = value;
      return this;
    }

    /** The producer's transactional id (default: one per season, {@code shotcharts-scraper-S}). */
    public Builder transactionalId(String value) {
      transactionalId = value;
      return this;
    }

    public ScrapeConfig build() {
      return new ScrapeConfig(
          source,
          season,
          from != null ? from : LocalDate.of(season - 1, 8, 1),
          to != null ? to : LocalDate.of(season, 10, 31),
          ratePerMinute,
          userAgent,
          cacheDir,
          force,
          out,
          bootstrapServers,
          topic,
          partitions,
          replicationFactor,
          transactionalId != null ? transactionalId : "shotcharts-scraper-" + season);
    }
  }
}
