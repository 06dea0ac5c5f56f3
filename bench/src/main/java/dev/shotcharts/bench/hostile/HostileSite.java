package dev.shotcharts.bench.hostile;

import com.sun.net.httpserver.HttpExchange;
import dev.shotcharts.engines.LocalSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bundled sample site with its one game's shot-chart page made hostile in one way: what a user
 * of the scraper may meet on a real site on a bad day.
 */
final class HostileSite extends LocalSite {
  static final String CHART = "/boxscores/shot-chart/202410220BOS.html";

  /** The ways a page can be hostile, and what the scraper must make of each. */
  enum Kind {
    /** One marker's position overflows: the page's other markers are kept. */
    DAMAGED_MARKER,
    /** A tooltip with bytes that are not UTF-8: that marker is a dead letter. */
    BAD_BYTES,
    /** Every marker without a position: the markup changed, the game fails saying so. */
    ALL_MARKERS_BROKEN,
    /** The server accepts the request and never answers. */
    NEVER_ANSWERS,
    /** A 12 MB body that is not a page. */
    HUGE_BODY,
    /** A redirect to a page that redirects back. */
    REDIRECT_LOOP,
    /** A redirect to another site. */
    OFF_SITE_REDIRECT
  }

  /** How long a request of {@link Kind#NEVER_ANSWERS} is held: past the scraper's 30 s timeout. */
  static final long HOLD_MILLIS = 35_000;

  private final Kind kind;

  HostileSite(Kind kind) {
    super(LocalSite.SAMPLE);
    this.kind = kind;
  }

  @Override
  protected boolean answeredOtherwise(HttpExchange exchange, String path) throws IOException {
    if (!path.equals(CHART) && !path.equals("/loop.html")) {
      return false;
    }
    switch (kind) {
      case NEVER_ANSWERS -> {
        try {
          Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return true; // closed without an answer
      }
      case HUGE_BODY -> {
        exchange.sendResponseHeaders(200, 12L << 20);
        try (OutputStream out = exchange.getResponseBody()) {
          byte[] block = new byte[1 << 20];
          Arrays.fill(block, (byte) 'x');
          for (int i = 0; i < 12; i++) {
            out.write(block);
          }
        } catch (IOException clientGaveUp) {
          // the scraper stops reading at its bound
        }
        return true;
      }
      case REDIRECT_LOOP -> {
        exchange.getResponseHeaders().set("Location", path.equals(CHART) ? "/loop.html" : CHART);
        exchange.sendResponseHeaders(302, -1);
        return true;
      }
      case OFF_SITE_REDIRECT -> {
        exchange.getResponseHeaders().set("Location", "http://elsewhere.invalid" + CHART);
        exchange.sendResponseHeaders(301, -1);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  @Override
  protected byte[] resource(String path) throws IOException {
    byte[] page = super.resource(path);
    if (page == null || !path.equals(CHART)) {
      return page;
    }
    String html = new String(page, StandardCharsets.UTF_8);
    return switch (kind) {
      case DAMAGED_MARKER ->
          html.replaceFirst("top:\\s*\\d+px", "top:999999999999px")
              .getBytes(StandardCharsets.UTF_8);
      case BAD_BYTES -> withBadBytes(html);
      case ALL_MARKERS_BROKEN ->
          html.replaceAll("top:\\s*\\d+px;\\s*left:\\s*\\d+px;?", "inset:2px;")
              .getBytes(StandardCharsets.UTF_8);
      default -> page;
    };
  }

  /** The first tooltip's " made " written with two bytes that no UTF-8 text holds. */
  private static byte[] withBadBytes(String html) {
    int at = html.indexOf(" made ");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(html.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {' ', (byte) 0xFF, (byte) 0xFE, ' '});
    out.writeBytes(html.substring(at + " made ".length()).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
