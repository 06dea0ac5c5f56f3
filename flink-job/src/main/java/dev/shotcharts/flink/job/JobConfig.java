package dev.shotcharts.flink.job;

import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.Topics;
import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.util.ParameterTool;

/** Everything the job can be told, typed; read from {@code --name value} arguments. */
public record JobConfig(
    String bootstrapServers,
    String topic,
    String deadLetterTopic,
    String groupId,
    String lakeUri,
    Duration checkpointInterval,
    Duration dedupeTtl,
    boolean stopAtLatestOffsets)
    implements Serializable {

  public static JobConfig fromArgs(String[] args) {
    ParameterTool p = ParameterTool.fromArgs(args);
    return new JobConfig(
        p.get("bootstrap-servers", "127.0.0.1:9092"),
        p.get("topic", Topics.SHOT_CHARTS),
        p.get("dead-letter-topic", Topics.DEAD_LETTERS),
        p.get("group-id", "shotcharts-flink"),
        p.get("lake", "s3://" + LakeLayout.DEFAULT_BUCKET),
        Duration.ofMillis(p.getLong("checkpoint-interval-ms", 10_000)),
        Duration.ofDays(p.getLong("dedupe-ttl-days", 30)),
        p.getBoolean("stop-at-latest", false));
  }

  /** The root of the ongoing Parquet files. */
  public String ongoingUri() {
    return lakeUri + "/" + LakeLayout.ONGOING;
  }
}
