package dev.shotcharts.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Where the build put the engines' artifacts that run outside the launcher's own classpath. */
public record EngineJars(
    Path flinkPluginsDir,
    Path flinkJobJar,
    String flinkClasspath,
    List<String> flinkJavaOptions,
    String kafkaClasspath,
    Path s3proxyJar,
    Path sparkMergeJar,
    String sparkClasspath,
    List<String> sparkJavaOptions) {

  public static EngineJars fromBuild() {
    Properties p = new Properties();
    try (InputStream in = EngineJars.class.getResourceAsStream("engines.properties")) {
      p.load(in);
      return new EngineJars(
          existing(p.getProperty("flink.plugins.dir")),
          existing(p.getProperty("flink.job.jar")),
          classpath(p.getProperty("flink.classpath.file")),
          options(p.getProperty("flink.java.options")),
          classpath(p.getProperty("kafka.classpath.file")),
          existing(S3Server.s3proxyJar()),
          existing(p.getProperty("spark.merge.jar")),
          classpath(p.getProperty("spark.classpath.file")),
          options(p.getProperty("spark.java.options")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> options(String line) {
    return Arrays.asList(line.trim().split("\\s+"));
  }

  private static String classpath(String file) throws IOException {
    return Files.readString(existing(file)).trim();
  }

  private static Path existing(String path) {
    Path p = Path.of(path);
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " is missing: build first (mvn -DskipTests install)");
    }
    return p;
  }
}
