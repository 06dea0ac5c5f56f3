package dev.shotcharts.engines;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web site shaped like Basketball-Reference: serves the class-path resources below a root
 * ({@code /a/b.html} is resource {@code root/a/b.html}) on 127.0.0.1 with a free port, and records
 * every request. Missing pages answer 404. Pages carry an ETag and answer 304 to a matching
 * If-None-Match. The demo serves the bundled sample ({@link #SAMPLE}) with it.
 */
public class LocalSite implements AutoCloseable {
  private final String root;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger notModified = new AtomicInteger();
  private HttpServer server;

  /** The bundled offline sample: one week of the 2025 season with one played game. */
  public static final String SAMPLE = "sites/sample";

  /** A site made of the class-path resources below {@code root}, e.g. {@code "sites/sample"}. */
  public LocalSite(String root) {
    this.root = root;
  }

  public LocalSite start() throws IOException {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  /** Serves on {@code address}: all interfaces in a container, so other containers reach it. */
  public LocalSite start(InetSocketAddress address) throws IOException {
    server = HttpServer.create(address, 16);
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

  public void resetRequests() {
    requests.clear();
    notModified.set(0);
  }

  /** How many requests were answered 304 Not Modified. */
  public int notModified() {
    return notModified.get();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    try (exchange) {
      if (answeredOtherwise(exchange, path)) {
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

  /** A subclass may answer a request itself (tests queue a 429 or a 403); true if it did. */
  protected boolean answeredOtherwise(HttpExchange exchange, String path) throws IOException {
    return false;
  }

  /** The page at {@code path}, or null for a 404; a subclass may change the site over time. */
  protected byte[] resource(String path) throws IOException {
    try (InputStream in = LocalSite.class.getClassLoader().getResourceAsStream(root + path)) {
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
