package dev.shotcharts.flink.job;

import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.StateBackend;
import dev.shotcharts.model.Topics;
import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.util.ParameterTool;

/**
 * Everything the job can be told, typed. Read from {@code --name value} arguments: {@code
 * --bootstrap-servers}, {@code --topic}, {@code --dead-letter-topic}, {@code --group-id}, {@code
 * --lake}, {@code --checkpoint-interval-ms}, {@code --dedupe-ttl-days}, {@code --state-backend
 * hashmap|rocksdb}, {@code --stop-at-latest true|false}, and the tuning levers {@code
 * --object-reuse true|false}, {@code --parquet-codec}, {@code --parquet-zstd-level}, {@code
 * --parquet-row-group-mb}, {@code --parquet-page-kb}, {@code --parquet-writer}.
 */
public record JobConfig(
    String bootstrapServers,
    String topic,
    String deadLetterTopic,
    String groupId,
    String lakeUri,
    Duration checkpointInterval,
    Duration dedupeTtl,
    String stateBackend,
    boolean stopAtLatestOffsets,
    boolean objectReuse,
    ParquetFormat parquet)
    implements Serializable {

  public static JobConfig fromArgs(String[] args) {
    ParameterTool p = ParameterTool.fromArgs(args);
    // RocksDB: the state (every event id kept) off the heap, incremental checkpoints.
    String stateBackend =
        StateBackend.of(p.get("state-backend", StateBackend.DEFAULT.flinkName())).flinkName();
    return new JobConfig(
        p.get("bootstrap-servers", "127.0.0.1:9092"),
        p.get("topic", Topics.SHOT_CHARTS),
        p.get("dead-letter-topic", Topics.DEAD_LETTERS),
        p.get("group-id", Topics.FLINK_GROUP),
        p.get("lake", "s3://" + LakeLayout.DEFAULT_BUCKET),
        Duration.ofMillis(p.getLong("checkpoint-interval-ms", 10_000)),
        Duration.ofDays(p.getLong("dedupe-ttl-days", 30)),
        stateBackend,
        p.getBoolean("stop-at-latest", false),
        // Safe: every function emits a new immutable record and keeps none it was given.
        p.getBoolean("object-reuse", true),
        ParquetFormat.of(
            p.get("parquet-codec", ParquetFormat.DEFAULT.codec().name()),
            p.getLong("parquet-zstd-level", ParquetFormat.DEFAULT.zstdLevel()),
            p.getLong("parquet-row-group-mb", ParquetFormat.DEFAULT.rowGroupBytes() >> 20),
            p.getLong("parquet-page-kb", ParquetFormat.DEFAULT.pageBytes() >> 10),
            p.get("parquet-writer", "direct")));
  }

  /** The defaults, for a broker and a lake. */
  public static JobConfig defaults(String bootstrapServers, String lakeUri) {
    return fromArgs(new String[] {"--bootstrap-servers", bootstrapServers, "--lake", lakeUri});
  }

  public JobConfig withTopics(String rawTopic, String deadLetters) {
    return copy(rawTopic, deadLetters, groupId, checkpointInterval, stopAtLatestOffsets);
  }

  public JobConfig withGroupId(String group) {
    return copy(topic, deadLetterTopic, group, checkpointInterval, stopAtLatestOffsets);
  }

  public JobConfig withCheckpointInterval(Duration interval) {
    return copy(topic, deadLetterTopic, groupId, interval, stopAtLatestOffsets);
  }

  /** A backfill: read up to the offsets that are latest at start, then finish. */
  public JobConfig stoppingAtLatestOffsets() {
    return copy(topic, deadLetterTopic, groupId, checkpointInterval, true);
  }

  /** This config with the fields the withers change; the rest as they are. */
  private JobConfig copy(
      String rawTopic, String deadLetters, String group, Duration interval, boolean stopAtLatest) {
    return new JobConfig(
        bootstrapServers,
        rawTopic,
        deadLetters,
        group,
        lakeUri,
        interval,
        dedupeTtl,
        stateBackend,
        stopAtLatest,
        objectReuse,
        parquet);
  }

  /** The root of the ongoing Parquet files. */
  public String ongoingUri() {
    return lakeUri + "/" + LakeLayout.ONGOING;
  }
}
