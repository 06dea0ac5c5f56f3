package dev.shotcharts.deploy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the weekly merge in its own JVM from the merge job jar and Spark's own classpath, as
 * spark-submit would: Spark never shares a classpath with Flink. Credentials go through the child's
 * environment (the AWS default chain), never its arguments.
 */
public final class SparkMergeLauncher {
  private static final Logger LOG = LoggerFactory.getLogger(SparkMergeLauncher.class);

  private final EngineJars jars;
  private final LakeSettings lake;

  public SparkMergeLauncher(EngineJars jars, LakeSettings lake) {
    this.jars = jars;
    this.lake = lake;
  }

  public void merge(int season, String master) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx1g");
    command.addAll(jars.sparkJavaOptions());
    command.add("-cp");
    command.add(jars.sparkMergeJar() + File.pathSeparator + jars.sparkClasspath());
    command.add("dev.shotcharts.merge.SeasonMergeJob");
    command.addAll(
        List.of(
            "merge",
            "--season",
            String.valueOf(season),
            "--master",
            master,
            "--lake",
            lake.sparkUri(),
            "--s3-endpoint",
            lake.endpoint()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("AWS_ACCESS_KEY_ID", lake.accessKey());
    builder.environment().put("AWS_SECRET_ACCESS_KEY", lake.secretKey());
    builder.environment().put("AWS_REGION", "us-east-1");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    LOG.info("running the Spark merge of season {} ({})", season, master);
    Process process = builder.start();
    List<String> tail = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("MERGE-RESULT")
            || line.contains(" WARN ")
            || line.contains(" ERROR ")) {
          LOG.info("[spark] {}", line);
        }
        tail.add(line);
        if (tail.size() > 60) {
          tail.remove(0);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          "Spark merge failed with exit code "
              + exit
              + "; last lines:\n"
              + String.join("\n", tail));
    }
  }
}
