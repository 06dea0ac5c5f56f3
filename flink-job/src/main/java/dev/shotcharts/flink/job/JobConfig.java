package dev.shotcharts.flink.job;

import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.StateBackend;
import dev.shotcharts.model.Topics;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.flink.util.ParameterTool;

/**
 * Everything the job can be told, typed. Read from {@code --name value} arguments: {@code
 * --bootstrap-servers}, {@code --topic}, {@code --dead-letter-topic}, {@code --group-id}, {@code
 * --lake}, {@code --checkpoint-interval-ms}, {@code --dedupe-ttl-days}, {@code --state-backend
 * hashmap|rocksdb}, {@code --stop-at-latest true|false}, and the tuning levers {@code
 * --object-reuse true|false}, {@code --parquet-codec}, {@code --parquet-zstd-level}, {@code
 * --parquet-row-group-mb}, {@code --parquet-page-kb}; written back by {@link #toArgs}, which is how
 * whoever submits the job's jar (the local stack, the benchmarks) passes it.
 */
public record JobConfig(
    String bootstrapServers,
    String topic,
    String deadLetterTopic,
    String groupId,
    String lakeUri,
    Duration checkpointInterval,
    Duration dedupeTtl,
    StateBackend stateBackend,
    boolean stopAtLatestOffsets,
    boolean objectReuse,
    ParquetFormat parquet)
    implements Serializable {

  public static JobConfig fromArgs(String[] args) {
    ParameterTool p = ParameterTool.fromArgs(args);
    return new JobConfig(
        p.get("bootstrap-servers", "127.0.0.1:9092"),
        p.get("topic", Topics.SHOT_CHARTS),
        p.get("dead-letter-topic", Topics.DEAD_LETTERS),
        p.get("group-id", Topics.FLINK_GROUP),
        p.get("lake", "s3://" + LakeLayout.DEFAULT_BUCKET),
        Duration.ofMillis(p.getLong("checkpoint-interval-ms", 10_000)),
        Duration.ofDays(p.getLong("dedupe-ttl-days", 30)),
        // RocksDB: the state (every event id kept) off the heap, incremental checkpoints.
        StateBackend.of(p.get("state-backend", StateBackend.DEFAULT.flinkName())),
        p.getBoolean("stop-at-latest", false),
        // Safe: every function emits a new immutable record and keeps none it was given.
        p.getBoolean("object-reuse", true),
        ParquetFormat.of(
            p.get("parquet-codec", ParquetFormat.DEFAULT.codec().name()),
            p.getLong("parquet-zstd-level", ParquetFormat.DEFAULT.zstdLevel()),
            p.getLong("parquet-row-group-mb", ParquetFormat.DEFAULT.rowGroupBytes() >> 20),
            p.getLong("parquet-page-kb", ParquetFormat.DEFAULT.pageBytes() >> 10)));
  }

  /** The arguments {@link #fromArgs} reads back into this config. */
  public List<String> toArgs() {
    return List.of(
        "--bootstrap-servers",
        bootstrapServers,
        "--topic",
        topic,
        "--dead-letter-topic",
        deadLetterTopic,
        "--group-id",
        groupId,
        "--lake",
        lakeUri,
        "--checkpoint-interval-ms",
        String.valueOf(checkpointInterval.toMillis()),
        "--dedupe-ttl-days",
        String.valueOf(dedupeTtl.toDays()),
        StateBackend.ARG,
        stateBackend.flinkName(),
        "--stop-at-latest",
        String.valueOf(stopAtLatestOffsets),
        "--object-reuse",
        String.valueOf(objectReuse),
        "--parquet-codec",
        parquet.codec().name().toLowerCase(Locale.ROOT),
        "--parquet-zstd-level",
        String.valueOf(parquet.zstdLevel()),
        "--parquet-row-group-mb",
        String.valueOf(parquet.rowGroupBytes() >> 20),
        "--parquet-page-kb",
        String.valueOf(parquet.pageBytes() >> 10));
  }

  /** The defaults, for a broker and a lake. */
  public static JobConfig defaults(String bootstrapServers, String lakeUri) {
    return fromArgs(new String[] {"--bootstrap-servers", bootstrapServers, "--lake", lakeUri});
  }

  public JobConfig withTopics(String rawTopic, String deadLetters) {
    return copy(rawTopic, deadLetters, groupId, checkpointInterval, stopAtLatestOffsets);
  }

  /** This config with its state on {@code backend}. */
  public JobConfig withStateBackend(StateBackend backend) {
    return new JobConfig(
        bootstrapServers,
        topic,
        deadLetterTopic,
        groupId,
        lakeUri,
        checkpointInterval,
        dedupeTtl,
        backend,
        stopAtLatestOffsets,
        objectReuse,
        parquet);
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
