package dev.shotcharts.pipeline;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.ChildProcessOutput;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.merge.ExportResult;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.merge.MergeOutput;
import dev.shotcharts.merge.SeasonMergeJob;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the merge job ({@code merge} or {@code export}) in its own JVM from the job jar and Spark's
 * own classpath, as spark-submit would: Spark never shares a classpath with Flink. The child's
 * arguments are {@link MergeConfig#toArgs}; its steps and result come back as lines of {@link
 * MergeOutput}. Credentials reach the child through its environment (the AWS default chain), never
 * its arguments.
 */
public final class SparkMergeLauncher {
  private static final Logger LOG = LoggerFactory.getLogger(SparkMergeLauncher.class);

  /**
   * A merge is a short-lived JVM on few cores: the C1 compiler alone reaches speed sooner, and the
   * C2 compiler's threads no longer compete with the job for the cores (on this machine an export
   * on the standalone cluster took 13.2 s instead of 18.4 s; docs/merge.md).
   */
  static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

  private final EngineJars jars;
  private final LakeSettings lake;

  public SparkMergeLauncher(EngineJars jars, LakeSettings lake) {
    this.jars = jars;
    this.lake = lake;
  }

  /** A merge or an export of {@code season} in this launcher's lake, at the defaults. */
  public MergeConfig config(MergeConfig.Verb verb, int season, String master) {
    return MergeConfig.of(verb, season, lake.lake(), master, null);
  }

  public ExportResult export(MergeConfig config) throws IOException, InterruptedException {
    return run(config).export();
  }

  /** A merge, then the export of the season it merged: one Spark application, not two. */
  public JobResult mergeAndExport(MergeConfig config) throws IOException, InterruptedException {
    return run(config.withExport());
  }

  /** Whatever the config asks for, in one Spark application. */
  public JobResult run(MergeConfig config) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx1g");
    command.addAll(jars.sparkJavaOptions());
    command.addAll(QUICK_START);
    command.add("-Dspark.executor.extraJavaOptions=" + String.join(" ", QUICK_START));
    // The job's classes travel to a cluster's executors as spark-submit would send them.
    command.add("-Dspark.jars=" + jars.sparkMergeJar().toUri());
    command.add("-cp");
    command.add(jars.sparkMergeJar() + File.pathSeparator + jars.sparkClasspath());
    command.add(SeasonMergeJob.class.getName());
    command.addAll(config.toArgs());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (lake.accessKey() != null) {
      builder.environment().put("AWS_ACCESS_KEY_ID", lake.accessKey());
      builder.environment().put("AWS_SECRET_ACCESS_KEY", lake.secretKey());
    }
    builder.environment().putIfAbsent("AWS_REGION", lake.lake().region());
    if (onThisHostOnly(config.master())) {
      builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    }
    String verb = config.verb().name().toLowerCase() + (config.export() ? " and export" : "");
    LOG.info("Spark {} of season {} on {}", verb, config.seasonsLabel(), config.master());
    return MergeOutput.resultOf(
        ChildProcessOutput.result(
            builder.start(),
            "Spark " + verb,
            MergeOutput::isResult,
            SparkMergeLauncher::logNotable));
  }

  /**
   * Whether every executor runs on this host ({@code local[*]}, or a master on a loopback address,
   * as the local stack's): only then may the driver bind and advertise 127.0.0.1. A driver in a
   * container of a cluster must advertise an address the executors reach, which Spark finds itself.
   */
  static boolean onThisHostOnly(String master) {
    if (master.startsWith("local")) {
      return true;
    }
    String host = URI.create(master).getHost();
    return host != null && (host.equals("localhost") || host.startsWith("127."));
  }

  private static void logNotable(String line) {
    if (MergeOutput.isOurs(line) || line.contains(" ERROR ")) {
      LOG.info("[spark] {}", line);
    }
  }
}
