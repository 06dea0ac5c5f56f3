package dev.shotcharts.scraper;

import dev.shotcharts.model.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages from the one configured site, politely: robots.txt obeyed (Disallow and
 * Crawl-delay), rate limited, identified, server errors retried with exponential backoff, a short
 * Retry-After honoured once, and the run stopped on 403 or a long 429. Bodies are bounded; with a
 * cache, pages are revalidated with ETag / Last-Modified instead of downloaded again.
 */
public final class SiteClient {
  private static final Logger LOG = LoggerFactory.getLogger(SiteClient.class);
  private static final int MAX_ATTEMPTS = 4;
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(120);
  private static final int MAX_BODY_BYTES = 10 << 20;

  /** Redirects followed at most for one page, each within the site. */
  static final int MAX_REDIRECTS = 3;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** A fetched page, the SHA-256 of its bytes, and whether the cache supplied them. */
  public record Page(Document document, String sha256, boolean fromCache) {}

  private final URI source;
  private final String userAgent;
  private final RateLimiter limiter;
  private final Sleeper clock;
  private final PageCache cache;
  private final HttpClient http;
  private RobotsTxt robots;
  private int requests;

  /** {@code cache} may be null: no cache, no conditional requests. */
  public SiteClient(
      URI source, String userAgent, RateLimiter limiter, Sleeper clock, PageCache cache) {
    this.source = source;
    this.userAgent = userAgent;
    this.limiter = limiter;
    this.clock = clock;
    this.cache = cache;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The page at {@code path}, or null when the site answers 404. */
  public Page fetch(String path) throws IOException, InterruptedException {
    if (robots == null) {
      robots = loadRobots();
    }
    if (!robots.allows(path)) {
      throw new IOException(describe(path) + ": disallowed by robots.txt");
    }
    Optional<PageCache.Entry> cached = cache == null ? Optional.empty() : cache.get(path);
    HttpResponse<InputStream> response = send(path, cached.orElse(null));
    if (response == null) {
      return null;
    }
    if (response.statusCode() == 304 && cached.isPresent()) {
      response.body().close();
      return page(path, cached.get().body(), true);
    }
    byte[] body = readBounded(response, describe(path));
    if (cache != null) {
      cache.put(
          path,
          new PageCache.Entry(
              body,
              response.headers().firstValue("ETag").orElse(null),
              response.headers().firstValue("Last-Modified").orElse(null)));
    }
    return page(path, body, false);
  }

  /** The absolute URL of a path on this site, for messages. */
  public String describe(String path) {
    return source.resolve(path).toString();
  }

  public int requests() {
    return requests;
  }

  private RobotsTxt loadRobots() throws IOException, InterruptedException {
    HttpResponse<InputStream> response = send("/robots.txt", null);
    if (response == null || response.statusCode() != 200) {
      return RobotsTxt.allowAll();
    }
    RobotsTxt rules =
        RobotsTxt.parse(
            new String(readBounded(response, describe("/robots.txt")), StandardCharsets.UTF_8),
            userAgent);
    rules
        .crawlDelay()
        .ifPresent(
            delay -> {
              LOG.info("robots.txt asks for {} between requests", delay);
              limiter.atLeast(delay);
            });
    return rules;
  }

  /**
   * Sends with retries, following up to {@link #MAX_REDIRECTS} redirects within the site (each one
   * a request in the rate budget); null on 404; a 200 or a 304 otherwise.
   */
  private HttpResponse<InputStream> send(String path, PageCache.Entry cached)
      throws IOException, InterruptedException {
    URI uri = source.resolve(path);
    List<URI> chain = new ArrayList<>(List.of(uri));
    Duration backoff = Duration.ofSeconds(2);
    boolean waitedForRetryAfter = false;
    for (int attempt = 1; ; attempt++) {
      limiter.acquire();
      requests++;
      HttpResponse<InputStream> response;
      try {
        response = http.send(request(uri, cached), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new IOException(uri + ": " + (e.getMessage() != null ? e.getMessage() : e), e);
        }
        LOG.warn("{}: {} (attempt {}), retrying in {}", uri, e, attempt, backoff);
        clock.sleep(backoff);
        backoff = backoff.multipliedBy(2);
        continue;
      }
      int status = response.statusCode();
      if (status == 200 || status == 304) {
        return response;
      }
      response.body().close();
      if (status == 404) {
        return null;
      }
      if (REDIRECTS.contains(status)) {
        uri = redirect(response, chain);
        attempt--; // a redirect is not a failed attempt
        continue;
      }
      if (status == 403) {
        throw new SiteBlockedException(uri + ": 403 Forbidden, stopping the run");
      }
      if (status == 429) {
        Duration retryAfter = retryAfter(response);
        if (retryAfter == null
            || retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0
            || waitedForRetryAfter) {
          throw new RetryLaterException(
              uri + ": 429 Too Many Requests (Retry-After " + retryAfter + "), stopping the run",
              retryAfter);
        }
        LOG.warn("{}: 429, waiting Retry-After {}", uri, retryAfter);
        clock.sleep(retryAfter);
        waitedForRetryAfter = true;
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

  /** Where a redirect leads, if it stays on the site, loops nowhere and is not one too many. */
  private URI redirect(HttpResponse<?> response, List<URI> chain) throws IOException {
    URI from = chain.get(chain.size() - 1);
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new IOException(
                        from + ": HTTP " + response.statusCode() + " without a Location header"));
    URI to = from.resolve(location.trim());
    String hops = chain.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    if (!Objects.equals(to.getScheme(), source.getScheme())
        || !Objects.equals(to.getAuthority(), source.getAuthority())) {
      throw new IOException(hops + ": redirected off the site, to " + to + "; not followed");
    }
    if (chain.contains(to)) {
      throw new IOException("redirect loop: " + hops + " -> " + to);
    }
    if (chain.size() > MAX_REDIRECTS) {
      throw new IOException(
          "more than " + MAX_REDIRECTS + " redirects: " + hops + " -> " + to + "; not followed");
    }
    chain.add(to);
    LOG.info("{}: HTTP {}, following to {}", from, response.statusCode(), to);
    return to;
  }

  private HttpRequest request(URI uri, PageCache.Entry cached) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", userAgent);
    if (cached != null && cached.etag() != null) {
      builder.header("If-None-Match", cached.etag());
    }
    if (cached != null && cached.lastModified() != null) {
      builder.header("If-Modified-Since", cached.lastModified());
    }
    return builder.GET().build();
  }

  private static byte[] readBounded(HttpResponse<InputStream> response, String url)
      throws IOException {
    try (InputStream in = response.body()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new IOException(
            url
                + ": response larger than "
                + (MAX_BODY_BYTES >> 20)
                + " MiB, not a page; not read");
      }
      return body;
    }
  }

  private Page page(String path, byte[] body, boolean fromCache) {
    Document document = Jsoup.parse(new String(body, StandardCharsets.UTF_8), describe(path));
    return new Page(document, sha256(body), fromCache);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(String::trim)
        .filter(v -> v.matches("\\d+"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v)))
        .orElse(null);
  }
}
