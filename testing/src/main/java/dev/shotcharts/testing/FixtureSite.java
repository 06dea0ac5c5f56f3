package dev.shotcharts.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web site shaped like Basketball-Reference: serves the class-path resources below a root
 * ({@code /a/b.html} is resource {@code root/a/b.html}) on 127.0.0.1 with a free port, and records
 * every request so tests can count fetches. Missing pages answer 404. Pages carry an ETag and
 * answer 304 to a matching If-None-Match. Tests can queue other answers for a path (a 429 with
 * Retry-After, a 403, a robots.txt) with {@link #respondOnce}.
 */
public final class FixtureSite implements ClassResource {
  private final String root;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, Queue<Answer>> queued = new ConcurrentHashMap<>();
  private final AtomicInteger notModified = new AtomicInteger();
  private HttpServer server;

  /** A canned answer: status, headers, body (may be empty). */
  public record Answer(int status, Map<String, String> headers, String body) {}

  /** A site made of the class-path resources below {@code root}, e.g. {@code "sites/sample"}. */
  public FixtureSite(String root) {
    this.root = root;
  }

  @Override
  public void open() throws Exception {
    start();
  }

  public FixtureSite start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::serve);
    server.start();
    return this;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Paths requested so far, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public void resetRequests() {
    requests.clear();
    hits.clear();
    notModified.set(0);
  }

  /** How many requests were answered 304 Not Modified. */
  public int notModified() {
    return notModified.get();
  }

  /** The next request for {@code path} gets this answer instead of the page. */
  public void respondOnce(String path, Answer answer) {
    queued.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(answer);
  }

  /** Drops the answers still queued. */
  public void clearAnswers() {
    queued.clear();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (exchange) {
      Queue<Answer> answers = queued.get(path);
      Answer answer = answers == null ? null : answers.poll();
      if (answer != null) {
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        }
        return;
      }
      byte[] body = path.contains("..") || path.endsWith("/") ? null : resource(path);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentType(path));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private byte[] resource(String path) throws IOException {
    try (InputStream in = FixtureSite.class.getClassLoader().getResourceAsStream(root + path)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static String contentType(String path) {
    return path.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }
}
