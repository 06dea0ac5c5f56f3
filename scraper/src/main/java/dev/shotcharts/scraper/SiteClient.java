package dev.shotcharts.scraper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages from the one configured site, politely: rate limited, identified, retrying server
 * errors with exponential backoff, and stopping the run on 403 or a long 429.
 */
public final class SiteClient {
  private static final Logger LOG = LoggerFactory.getLogger(SiteClient.class);
  private static final int MAX_ATTEMPTS = 4;
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(120);

  private final URI source;
  private final String userAgent;
  private final RateLimiter limiter;
  private final RateLimiter.Clock clock;
  private final HttpClient http;
  private int requests;

  public SiteClient(URI source, String userAgent, RateLimiter limiter, RateLimiter.Clock clock) {
    this.source = source;
    this.userAgent = userAgent;
    this.limiter = limiter;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The page at {@code path}, or null when the site answers 404. */
  public Document fetch(String path) throws IOException, InterruptedException {
    URI uri = source.resolve(path);
    Duration backoff = Duration.ofSeconds(2);
    for (int attempt = 1; ; attempt++) {
      limiter.acquire();
      requests++;
      HttpResponse<byte[]> response;
      try {
        response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new IOException(uri + ": " + e.getMessage(), e);
        }
        LOG.warn("{}: {} (attempt {}), retrying in {}", uri, e, attempt, backoff);
        clock.sleep(backoff);
        backoff = backoff.multipliedBy(2);
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
      }
      if (status == 404) {
        return null;
      }
      if (status == 403) {
        throw new SiteBlockedException(uri + ": 403 Forbidden, stopping the run");
      }
      if (status == 429) {
        Duration retryAfter = retryAfter(response).orElse(null);
        if (retryAfter == null || retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 || attempt > 1) {
          throw new SiteBlockedException(
              uri + ": 429 Too Many Requests (Retry-After " + retryAfter + "), stopping the run");
        }
        LOG.warn("{}: 429, waiting Retry-After {}", uri, retryAfter);
        clock.sleep(retryAfter);
        continue;
      }
      if (status >= 500 && attempt < MAX_ATTEMPTS) {
        LOG.warn("{}: HTTP {} (attempt {}), retrying in {}", uri, status, attempt, backoff);
        clock.sleep(backoff);
        backoff = backoff.multipliedBy(2);
        continue;
      }
      throw new IOException(uri + ": HTTP " + status);
    }
  }

  /** The absolute URL of a path on this site, for messages. */
  public String describe(String path) {
    return source.resolve(path).toString();
  }

  public int requests() {
    return requests;
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("User-Agent", userAgent)
        .GET()
        .build();
  }

  private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
    OptionalLong seconds =
        response
            .headers()
            .firstValue("Retry-After")
            .filter(v -> v.trim().matches("\\d+"))
            .map(v -> OptionalLong.of(Long.parseLong(v.trim())))
            .orElse(OptionalLong.empty());
    return seconds.isPresent()
        ? java.util.Optional.of(Duration.ofSeconds(seconds.getAsLong()))
        : java.util.Optional.empty();
  }
}
