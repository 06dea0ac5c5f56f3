package dev.shotcharts.cli;

import dev.shotcharts.engines.LocalSite;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shotcharts sample-site}: the bundled sample site (the demo's) served until stopped, for a
 * deployment to scrape offline, e.g. the compose stack's end-to-end test.
 */
@Command(
    name = "sample-site",
    mixinStandardHelpOptions = true,
    description =
        "Serve the bundled sample site (one week of the 2025 season, as the demo scrapes) until"
            + " stopped.")
public final class SampleSiteCommand implements Callable<Integer> {
  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8000",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    try (LocalSite site =
        new LocalSite(LocalSite.SAMPLE).start(new InetSocketAddress(host, port))) {
      System.out.println("sample site on http://" + host + ":" + port + "/ (stop with Ctrl-C)");
      new CountDownLatch(1).await(); // until the JVM is stopped
    }
    return 0;
  }
}
