package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges a season's committed ongoing Parquet into a complete new snapshot: union with the current
 * snapshot, the newest {@code scraped_at} wins per event id, validate, write, verify, write the
 * manifest, then flip {@code _LATEST} with one small write, so readers never see a half-merged
 * season. Only then are exactly the merged ongoing files deleted and old snapshots collected.
 */
public final class SeasonMerge {
  private static final Logger LOG = LoggerFactory.getLogger(SeasonMerge.class);
  private static final DateTimeFormatter SNAPSHOT_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final MergeConfig config;
  private final SeasonStore store;
  private final MergeListener listener;
  private final Map<String, Long> stepMillis = new LinkedHashMap<>();
  private long stepStarted = System.currentTimeMillis();

  public SeasonMerge(
      SparkSession spark, MergeConfig config, SeasonStore store, MergeListener listener) {
    this.spark = spark;
    this.config = config;
    this.store = store;
    this.listener = listener;
  }

  public MergeResult run() throws Exception {
    Instant started = Instant.now();
    int season = config.season();
    store.checkReachable();
    Optional<String> previous = store.latestSnapshot();

    describe("read ongoing", "list the committed ongoing files of season " + season);
    List<String> files = store.committedOngoingFiles();
    if (files.isEmpty()) {
      LOG.info("season {}: no committed ongoing files, nothing to merge", season);
      long current =
          previous.isPresent()
              ? store.manifest(previous.get()).map(Manifest::snapshotRows).orElse(0L)
              : 0;
      return new MergeResult(false, previous.orElse(null), 0, 0, current, 0, current, 0, 0);
    }
    describe("read ongoing", "read " + files.size() + " ongoing files of season " + season);
    Dataset<Row> ongoing = readOngoing(files);
    long ongoingRows = ongoing.count();
    done(MergeStep.READ_ONGOING);

    describe("read snapshot", "read snapshot " + season + "/" + previous.orElse("(none)"));
    Dataset<Row> current =
        previous
            .map(id -> CuratedColumns.conform(spark.read().parquet(store.snapshotUri(id))))
            .orElseGet(() -> spark.createDataFrame(List.of(), CuratedColumns.SCHEMA));
    long previousRows = current.count();
    done(MergeStep.READ_SNAPSHOT);

    // Spark's default of 200 shuffle partitions is for data a thousand times this size.
    int partitions =
        ShufflePartitions.forRows(
            ongoingRows + previousRows, spark.sparkContext().defaultParallelism());
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    describe("dedupe", "union, keep the newest scraped_at per event_id, validate");
    Dataset<Row> merged =
        newestPerEvent(current.unionByName(ongoing)).persist(StorageLevel.MEMORY_AND_DISK());
    long mergedRows = merged.count();
    validate(merged);
    long duplicates = ongoingRows + previousRows - mergedRows;
    done(MergeStep.DEDUPE);

    String snapshotId = nextSnapshotId(previous);
    if (config.dryRun()) {
      LOG.info("dry run: would publish snapshot {} with {} rows", snapshotId, mergedRows);
      merged.unpersist();
      return new MergeResult(
          false,
          previous.orElse(null),
          files.size(),
          ongoingRows,
          previousRows,
          duplicates,
          mergedRows,
          0,
          0);
    }

    String target = store.snapshotUri(snapshotId);
    describe("write snapshot", "write snapshot " + season + "/" + snapshotId);
    merged
        .repartition(col("game_date"))
        .sortWithinPartitions("game_id", "team", "event_id")
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy("game_date")
        .parquet(target);
    done(MergeStep.WRITE_SNAPSHOT);

    describe("verify", "count the rows of snapshot " + snapshotId);
    long written = spark.read().parquet(target).count();
    merged.unpersist();
    if (written != mergedRows) {
      throw new MergeException(
          "snapshot "
              + target
              + " holds "
              + written
              + " rows, expected "
              + mergedRows
              + "; not published");
    }
    done(MergeStep.VERIFY);

    store.writeManifest(
        new Manifest(
            UUID.randomUUID().toString(),
            season,
            snapshotId,
            previous.orElse(null),
            files,
            ongoingRows,
            previousRows,
            duplicates,
            written,
            started.toString(),
            new LinkedHashMap<>(stepMillis)));
    done(MergeStep.WRITE_MANIFEST);

    store.publish(snapshotId);
    LOG.info("season {}: published snapshot {} ({} rows)", season, snapshotId, written);
    done(MergeStep.PUBLISH);

    // Exactly the files this snapshot holds; files Flink committed meanwhile stay for next week.
    int deletedFiles = store.deleteFiles(files);
    done(MergeStep.DELETE_MERGED);

    int deletedSnapshots = collectGarbage(snapshotId);
    done(MergeStep.COLLECT_GARBAGE);

    return new MergeResult(
        true,
        snapshotId,
        files.size(),
        ongoingRows,
        previousRows,
        duplicates,
        written,
        deletedFiles,
        deletedSnapshots);
  }

  /**
   * The week's files, held to the contract: every column present, of its type, and no nulls where
   * the contract has none. A file that breaks it is named; nothing is merged.
   */
  private Dataset<Row> readOngoing(List<String> files) {
    Dataset<Row> raw;
    Dataset<Row> conformed;
    try {
      raw = spark.read().option("mergeSchema", "true").parquet(files.toArray(String[]::new));
      conformed = CuratedColumns.conform(raw);
    } catch (RuntimeException e) {
      throw new MergeException(
          "ongoing files of season "
              + config.season()
              + " do not match the curated schema: "
              + e.getMessage(),
          e);
    }
    List<String> offending =
        raw.where(CuratedColumns.anyRequiredNull())
            .select(input_file_name())
            .distinct()
            .limit(5)
            .as(Encoders.STRING())
            .collectAsList();
    if (!offending.isEmpty()) {
      throw new MergeException(
          "ongoing files of season "
              + config.season()
              + " do not match the curated schema:"
              + " required columns missing or null in "
              + offending);
    }
    return conformed;
  }

  static Dataset<Row> newestPerEvent(Dataset<Row> shots) {
    var newestFirst =
        Window.partitionBy("event_id")
            .orderBy(col("scraped_at").desc(), col("processed_at").desc());
    return shots
        .withColumn("_rank", row_number().over(newestFirst))
        .where(col("_rank").equalTo(1))
        .drop("_rank");
  }

  /** Rows that must never reach a snapshot: a merge with any of them publishes nothing. */
  static void validate(Dataset<Row> merged) {
    Dataset<Row> invalid =
        merged.where(
            col("event_id")
                .isNull()
                .or(col("game_id").isNull())
                .or(col("game_date").isNull())
                .or(col("shot_value").isin(2, 3).unary_$bang())
                .or(col("period").lt(1)));
    List<Row> examples =
        invalid.select("event_id", "shot_value", "period").limit(3).collectAsList();
    if (!examples.isEmpty()) {
      throw new MergeException(
          invalid.count()
              + " rows fail validation (null keys, shot value not 2 or 3, period < 1),"
              + " e.g. "
              + examples
              + "; nothing published");
    }
  }

  /** Ids sort by time; a new one is always after the current one. */
  private static String nextSnapshotId(Optional<String> previous) {
    String id = SNAPSHOT_ID.format(Instant.now());
    while (previous.isPresent() && id.compareTo(previous.get()) <= 0) {
      id = SNAPSHOT_ID.format(Instant.now().plusMillis(1));
    }
    return id;
  }

  /**
   * Keeps the newest {@code keepSnapshots} complete snapshots (the published one among them) and
   * deletes older ones, including leftovers of merges that crashed before publishing.
   */
  private int collectGarbage(String published) throws IOException {
    describe("collect garbage", "keep the newest " + config.keepSnapshots() + " snapshots");
    List<String> kept = new ArrayList<>();
    int deleted = 0;
    List<String> ids = new ArrayList<>(store.snapshots());
    Collections.reverse(ids);
    for (String id : ids) {
      if (id.compareTo(published) > 0) {
        continue; // newer than what we published: not ours to judge
      }
      boolean complete = id.equals(published) || store.manifest(id).isPresent();
      if (complete && kept.size() < config.keepSnapshots()) {
        kept.add(id);
      } else {
        store.deleteSnapshot(id);
        deleted++;
      }
    }
    return deleted;
  }

  private void describe(String group, String description) {
    spark.sparkContext().setJobGroup("merge-" + config.season() + "-" + group, description, false);
    LOG.info("{}", description);
  }

  private void done(MergeStep step) throws Exception {
    long now = System.currentTimeMillis();
    stepMillis.put(step.name().toLowerCase(), now - stepStarted);
    stepStarted = now;
    listener.after(step);
  }
}
