package dev.shotcharts.deploy;

import dev.shotcharts.engines.ChildProcessOutput;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.LakeSettings;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the merge job ({@code merge} or {@code export}) in its own JVM from the job jar and Spark's
 * own classpath, as spark-submit would: Spark never shares a classpath with Flink. Credentials
 * reach the child through its environment (the AWS default chain), never its arguments.
 */
public final class SparkMergeLauncher {
  private static final Logger LOG = LoggerFactory.getLogger(SparkMergeLauncher.class);

  private final EngineJars jars;
  private final LakeSettings lake;

  public SparkMergeLauncher(EngineJars jars, LakeSettings lake) {
    this.jars = jars;
    this.lake = lake;
  }

  /**
   * Runs the verb and returns its result line ({@code MERGE-RESULT ...}, {@code EXPORT-RESULT
   * ...}).
   */
  public String run(String verb, int season, String master, List<String> options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx1g");
    command.addAll(jars.sparkJavaOptions());
    // The job's classes travel to a cluster's executors as spark-submit would send them.
    command.add("-Dspark.jars=" + jars.sparkMergeJar().toUri());
    command.add("-cp");
    command.add(jars.sparkMergeJar() + File.pathSeparator + jars.sparkClasspath());
    command.add("dev.shotcharts.merge.SeasonMergeJob");
    command.addAll(List.of(verb, "--season", String.valueOf(season), "--master", master));
    command.addAll(List.of("--lake", lake.sparkUri()));
    if (lake.endpoint() != null) {
      command.addAll(List.of("--s3-endpoint", lake.endpoint()));
    }
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (lake.accessKey() != null) {
      builder.environment().put("AWS_ACCESS_KEY_ID", lake.accessKey());
      builder.environment().put("AWS_SECRET_ACCESS_KEY", lake.secretKey());
    }
    builder.environment().putIfAbsent("AWS_REGION", "us-east-1");
    builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    LOG.info("Spark {} of season {} on {}", verb, season, master);
    return ChildProcessOutput.result(
        builder.start(),
        "Spark " + verb,
        line -> line.endsWith("-RESULT") || line.contains("-RESULT "),
        SparkMergeLauncher::logNotable);
  }

  private static void logNotable(String line) {
    if (line.contains("-RESULT")
        || line.startsWith("merge step done")
        || line.contains(" ERROR ")) {
      LOG.info("[spark] {}", line);
    }
  }

  /** The value of {@code name=} in a result line ({@code MERGE-RESULT ...}), or null. */
  public static String resultField(String line, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=([^,\\]\\s]+)").matcher(line);
    return m.find() ? m.group(1) : null;
  }

  /** A numeric field of a result line, or -1 when the line has none. */
  public static long resultNumber(String line, String name) {
    String value = resultField(line, name);
    return value != null && value.matches("\\d+") ? Long.parseLong(value) : -1;
  }
}
