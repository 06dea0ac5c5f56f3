package dev.shotcharts.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the build put the harness's own classpath and the Spark peer's, for child JVMs. */
public record BenchJars(String harnessClasspath, String sparkPeerClasspath) {

  public static BenchJars fromBuild() {
    Properties p = new Properties();
    try (InputStream in = BenchJars.class.getResourceAsStream("bench.properties")) {
      p.load(in);
      return new BenchJars(
          p.getProperty("bench.classes")
              + File.pathSeparator
              + read(p.getProperty("bench.classpath.file")),
          p.getProperty("spark.peer.classes")
              + File.pathSeparator
              + read(p.getProperty("spark.peer.classpath.file")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String file) throws IOException {
    Path path = Path.of(file);
    if (!Files.exists(path)) {
      throw new IllegalStateException(path + " is missing: run bench/run.sh, which builds first");
    }
    return Files.readString(path).trim();
  }
}
