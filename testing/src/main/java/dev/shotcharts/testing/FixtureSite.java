package dev.shotcharts.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local web site shaped like Basketball-Reference: serves the class-path resources below a root
 * ({@code /a/b.html} is resource {@code root/a/b.html}) on 127.0.0.1 with a free port, and records
 * every request so tests can count fetches. Missing pages answer 404.
 */
public final class FixtureSite implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  private final String root;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private HttpServer server;

  /** A site made of the class-path resources below {@code root}, e.g. {@code "sites/sample"}. */
  public FixtureSite(String root) {
    this.root = root;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
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
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (exchange) {
      byte[] body = path.contains("..") || path.endsWith("/") ? null : resource(path);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
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
