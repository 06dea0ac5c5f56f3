package dev.shotcharts.cli;

import dev.shotcharts.scraper.ScrapeConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How the scraper treats the site: shared by {@code scrape} and {@code follow}. */
public final class PolitenessOptions {
  @Option(
      names = "--rate-per-minute",
      defaultValue = "${env:SHOTCHARTS_RATE_PER_MINUTE}",
      description =
          "Requests per minute (default: "
              + ScrapeConfig.DEFAULT_RATE
              + "; the site allows 20, more only when you set it).")
  Double ratePerMinute;

  @Option(
      names = "--cache-dir",
      defaultValue = "${env:SHOTCHARTS_CACHE_DIR:-" + ScrapeConfig.DEFAULT_CACHE_DIR + "}",
      description =
          "Raw HTML cache, revalidated with ETag/Last-Modified (default: ${DEFAULT-VALUE}).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Keep no raw HTML on disk.")
  boolean noCache;

  @Option(
      names = "--user-agent",
      defaultValue = "${env:SHOTCHARTS_USER_AGENT:-" + ScrapeConfig.DEFAULT_USER_AGENT + "}",
      description = "User-Agent sent with every request (default: ${DEFAULT-VALUE}).")
  String userAgent;

  ScrapeConfig.Builder apply(ScrapeConfig.Builder builder) {
    return builder
        .ratePerMinute(ratePerMinute == null ? ScrapeConfig.DEFAULT_RATE : ratePerMinute)
        .cacheDir(noCache ? null : cacheDir)
        .userAgent(userAgent);
  }
}
