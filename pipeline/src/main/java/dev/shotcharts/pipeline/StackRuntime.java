package dev.shotcharts.pipeline;

import dev.shotcharts.clients.ConsumerLag;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackConfig;
import dev.shotcharts.localstack.StackException;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo on the local stack: up, the Flink job running, caught up when its committed offsets
 * reach the end of the topic, the merge on the Spark cluster. The stack stays up.
 */
public final class StackRuntime implements DemoRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(StackRuntime.class);

  /** The job checkpoints every 10 s: three minutes is a stuck job, not a slow one. */
  private static final Duration CATCH_UP = Duration.ofMinutes(3);

  private final LocalStack stack;
  private final StackConfig config;

  public StackRuntime(LocalStack stack, StackConfig config) {
    this.stack = stack;
    this.config = config;
  }

  @Override
  public String bootstrapServers() {
    return config.bootstrapServers();
  }

  @Override
  public LakeSettings lake() {
    return config.lakeSettings();
  }

  @Override
  public void prepare() throws Exception {
    stack.up().forEach(c -> LOG.info("{} {} {}", c.name(), c.outcome(), c.ui()));
    stack.job().ensure().ifPresent(started -> LOG.info("submitted the Flink job: {}", started));
  }

  @Override
  public void awaitJob() throws Exception {
    if (!ConsumerLag.awaitZero(
        config.bootstrapServers(), Topics.FLINK_GROUP, Topics.SHOT_CHARTS, CATCH_UP)) {
      throw new StackException(
          "the Flink job did not catch up in "
              + CATCH_UP.toMinutes()
              + " minutes; see "
              + config.flinkUrl());
    }
  }

  @Override
  public MergeConfig merge(int season) {
    return MergeConfig.of(
        MergeConfig.Verb.MERGE,
        season,
        config.lake(),
        config.sparkMaster(),
        stack.sparkEvents().toUri().toString());
  }

  @Override
  public Path cacheDir() {
    return config.home().resolve("cache/lake");
  }

  @Override
  public Path reportDir() {
    return config.home().resolve("report");
  }

  @Override
  public Path catalogProperties() {
    return config.catalogProperties();
  }

  @Override
  public List<String> whereToLook() {
    return List.of(
        "  Flink dashboard   " + config.flinkUrl(),
        "  Spark master      http://127.0.0.1:" + config.sparkUiPort(),
        "  Spark history     "
            + (stack.historyRunning()
                ? "http://127.0.0.1:" + config.sparkHistoryPort()
                : "bin/shotcharts up --history (then http://127.0.0.1:"
                    + config.sparkHistoryPort()
                    + ")"),
        "  S3 server         "
            + config.s3Endpoint()
            + "  bucket "
            + StackConfig.BUCKET
            + " (keys "
            + StackConfig.ACCESS_KEY
            + "/"
            + StackConfig.SECRET_KEY
            + ")",
        "  Kafka             " + config.bootstrapServers(),
        "",
        "  The stack keeps running: bin/shotcharts status, bin/shotcharts down.");
  }
}
