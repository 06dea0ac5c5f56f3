package dev.shotcharts.testing;

import com.sun.net.httpserver.HttpExchange;
import dev.shotcharts.engines.LocalSite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link LocalSite} as a static JUnit extension, with canned answers a test queues for a path (a
 * 429 with Retry-After, a 403, a robots.txt) with {@link #respondOnce}.
 */
public final class FixtureSite extends LocalSite implements ClassResource {
  private final Map<String, Queue<Answer>> queued = new ConcurrentHashMap<>();
  private final Map<String, Optional<byte[]>> changed = new ConcurrentHashMap<>();

  /** A canned answer: status, headers, body (may be empty). */
  public record Answer(int status, Map<String, String> headers, String body) {}

  /** A site made of the class-path resources below {@code root}, e.g. {@code "sites/season"}. */
  public FixtureSite(String root) {
    super(root);
  }

  @Override
  public void open() throws Exception {
    start();
  }

  /** The next request for {@code path} gets this answer instead of the page. */
  public void respondOnce(String path, Answer answer) {
    queued.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(answer);
  }

  /** Drops the answers still queued and every change made to the pages. */
  public void clearAnswers() {
    queued.clear();
    changed.clear();
  }

  /** From now on {@code path} is this page (with its own ETag), as a site that updates it. */
  public void replace(String path, String html) {
    changed.put(path, Optional.of(html.getBytes(StandardCharsets.UTF_8)));
  }

  /** From now on {@code path} answers 404, as a page not yet published. */
  public void withdraw(String path) {
    changed.put(path, Optional.empty());
  }

  /** {@code path} is the bundled page again. */
  public void restore(String path) {
    changed.remove(path);
  }

  /** The bundled page at {@code path}, as the site first had it. */
  public String original(String path) throws IOException {
    byte[] body = super.resource(path);
    return body == null ? null : new String(body, StandardCharsets.UTF_8);
  }

  @Override
  protected byte[] resource(String path) throws IOException {
    Optional<byte[]> page = changed.get(path);
    return page != null ? page.orElse(null) : super.resource(path);
  }

  @Override
  protected boolean answeredOtherwise(HttpExchange exchange, String path) throws IOException {
    Queue<Answer> answers = queued.get(path);
    Answer answer = answers == null ? null : answers.poll();
    if (answer == null) {
      return false;
    }
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    return true;
  }
}
