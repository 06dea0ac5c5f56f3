package dev.shotcharts.flink.job;

import dev.shotcharts.model.StateBackend;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Entry point of the job jar: reads the arguments, wires the pipeline, runs it. */
public final class ShotChartsJob {
  public static final String JOB_NAME = "shotcharts: shot_charts -> lake";

  private ShotChartsJob() {}

  public static void main(String[] args) throws Exception {
    JobConfig config = JobConfig.fromArgs(args);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(jobConfiguration(config));
    ShotChartsPipeline.build(env, config);
    env.execute(JOB_NAME);
  }

  /** Exactly-once checkpoints, kept on cancellation so a job can always be resumed. */
  public static Configuration jobConfiguration(JobConfig config) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.checkpointInterval());
    conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    // Every record type has a real serializer; Kryo fallback would be slow and fragile.
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(PipelineOptions.OBJECT_REUSE, config.objectReuse());
    // Restart from the last checkpoint after a failure, backing off up to a minute.
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
    conf.set(
        RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF,
        Duration.ofSeconds(1));
    conf.set(
        RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF,
        Duration.ofMinutes(1));
    conf.set(StateBackendOptions.STATE_BACKEND, config.stateBackend().flinkName());
    // With RocksDB a checkpoint uploads only the files new since the last one, not all the state.
    conf.set(
        CheckpointingOptions.INCREMENTAL_CHECKPOINTS,
        config.stateBackend() == StateBackend.ROCKSDB);
    return conf;
  }
}
