package dev.shotcharts.pipeline;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.engines.FreePorts;
import dev.shotcharts.flink.job.EmbeddedFileSystems;
import dev.shotcharts.flink.job.JobConfig;
import dev.shotcharts.flink.job.ShotChartsJob;
import dev.shotcharts.flink.job.ShotChartsPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Flink job on an in-process MiniCluster, with the S3 filesystem loaded as a plugin
 * exactly as a real cluster loads it (the MiniCluster does not load plugins by itself).
 */
public final class EmbeddedFlink {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFlink.class);

  private final EngineJars jars;
  private final LakeSettings lake;
  private final Path checkpoints;

  public EmbeddedFlink(EngineJars jars, LakeSettings lake, Path checkpoints) {
    this.jars = jars;
    this.lake = lake;
    this.checkpoints = checkpoints;
  }

  /** Runs the job until it stops by itself (a job bounded to the latest offsets). */
  public void runToCompletion(JobConfig job) throws Exception {
    environment(job).execute(ShotChartsJob.JOB_NAME);
  }

  /** Starts the job (unbounded: it runs until cancelled) and returns its client. */
  public JobClient start(JobConfig job) throws Exception {
    return environment(job).executeAsync(ShotChartsJob.JOB_NAME);
  }

  private StreamExecutionEnvironment environment(JobConfig job) throws Exception {
    Configuration conf = ShotChartsJob.jobConfiguration(job);
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
    conf.set(RestOptions.ADDRESS, "127.0.0.1");
    int dashboard = FreePorts.pick();
    conf.set(RestOptions.BIND_PORT, String.valueOf(dashboard));
    EmbeddedFileSystems.useS3Server(conf, lake.endpoint(), lake.accessKey(), lake.secretKey());
    EmbeddedFileSystems.initialize(conf, jars.flinkPluginsDir());
    Files.createDirectories(checkpoints);

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(1);
    ShotChartsPipeline.build(env, job);
    LOG.info(
        "running the Flink job on an embedded MiniCluster, dashboard http://127.0.0.1:{}",
        dashboard);
    return env;
  }
}
