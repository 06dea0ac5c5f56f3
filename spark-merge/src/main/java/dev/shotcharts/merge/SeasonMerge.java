package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.spark.sql.Column;
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
 * Merges a season's committed ongoing Parquet into a complete new snapshot: union with the dates of
 * the current snapshot the week touches ({@link DatePlan}), the newest {@code scraped_at} wins per
 * event id, validate, write those dates, copy the untouched ones server-side, verify, write the
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
    Optional<Manifest> previousManifest =
        previous.isPresent() ? store.manifest(previous.get()) : Optional.empty();

    describe("read ongoing", "list the committed ongoing files of season " + season);
    List<String> files = store.committedOngoingFiles();
    if (files.isEmpty()) {
      LOG.info("season {}: no committed ongoing files, nothing to merge", season);
      long current = previousManifest.map(Manifest::snapshotRows).orElse(0L);
      return new MergeResult(false, previous.orElse(null), 0, 0, current, 0, current, 0, 0);
    }
    describe("read ongoing", "read " + files.size() + " ongoing files of season " + season);
    // Read once: the summary below fills the cache that the dedupe then reads.
    Dataset<Row> ongoing =
        CuratedColumns.conform(readOngoing(files)).persist(StorageLevel.MEMORY_AND_DISK());
    DateSummary week;
    try {
      week = DateSummary.of(ongoing, CuratedColumns.anyRequiredNull());
    } catch (RuntimeException e) { // a column of another type shows when the files are read
      throw schemaMismatch(e.getMessage(), e);
    }
    if (week.flagged() > 0) {
      throw schemaMismatch("required columns missing or null in " + offendingFiles(files), null);
    }
    done(MergeStep.READ_ONGOING);

    describe("read snapshot", "read the dates the week touches of " + previous.orElse("(none)"));
    Map<String, DatePartition> before =
        previous.isEmpty()
            ? Map.of()
            : previousManifest
                .map(Manifest::dates)
                // A snapshot from before per-date manifests: summarized once, then carried on.
                .orElseGet(() -> DateSummary.of(readSnapshot(previous.get()), lit(false)).dates());
    DatePlan plan = DatePlan.of(before, week.dates());
    Set<String> reread = plan.snapshotDatesToRead(before);
    Dataset<Row> current =
        reread.isEmpty()
            ? spark.createDataFrame(List.of(), CuratedColumns.SCHEMA)
            : readSnapshotDates(previous.orElseThrow(), reread);
    long previousRows = DatePlan.rows(before);
    long rereadRows = reread.stream().mapToLong(d -> before.get(d).rows()).sum();
    done(MergeStep.READ_SNAPSHOT);

    // Spark's default of 200 shuffle partitions is for data a thousand times this size.
    int partitions =
        ShufflePartitions.forRows(
            week.rows() + rereadRows, spark.sparkContext().defaultParallelism());
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    describe(
        "dedupe",
        "union the week with "
            + reread.size()
            + " dates of the snapshot, keep the newest scraped_at per event_id, validate");
    Dataset<Row> merged =
        newestPerEvent(current.unionByName(ongoing)).persist(StorageLevel.MEMORY_AND_DISK());
    // One pass: the rows and games per date the manifest records, and the rows that fail.
    DateSummary rewritten = DateSummary.of(merged, invalid());
    if (rewritten.flagged() > 0) {
      throw validationError(merged, rewritten.flagged());
    }
    ongoing.unpersist();
    Map<String, DatePartition> after = new TreeMap<>(plan.carried());
    after.putAll(rewritten.dates());
    long mergedRows = DatePlan.rows(after);
    long duplicates = week.rows() + rereadRows - rewritten.rows();
    done(MergeStep.DEDUPE);

    String snapshotId = nextSnapshotId(previous);
    if (config.dryRun()) {
      LOG.info("dry run: would publish snapshot {} with {} rows", snapshotId, mergedRows);
      merged.unpersist();
      return new MergeResult(
          false,
          previous.orElse(null),
          files.size(),
          week.rows(),
          previousRows,
          duplicates,
          mergedRows,
          0,
          0);
    }

    String target = store.snapshotUri(snapshotId);
    describe(
        "write snapshot",
        "write " + rewritten.dates().size() + " dates of snapshot " + season + "/" + snapshotId);
    merged
        .repartition(col("game_date"))
        .sortWithinPartitions("game_id", "team", "event_id")
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy("game_date")
        .parquet(target);
    merged.unpersist();
    done(MergeStep.WRITE_SNAPSHOT);

    LOG.info(
        "carry {} untouched dates of snapshot {} into {}",
        plan.carried().size(),
        previous.orElse("(none)"),
        snapshotId);
    int carriedFiles =
        previous.isEmpty()
            ? 0
            : store.copyDates(previous.get(), snapshotId, plan.carried().keySet());
    LOG.info("carried {} files, copied on the S3 server", carriedFiles);
    done(MergeStep.CARRY_UNTOUCHED);

    describe("verify", "count the rows written to snapshot " + snapshotId);
    long written = readSnapshotDates(snapshotId, rewritten.dates().keySet()).count();
    if (written != rewritten.rows()) {
      throw new MergeException(
          "snapshot "
              + target
              + " holds "
              + written
              + " rows on the dates it rewrote, expected "
              + rewritten.rows()
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
            week.rows(),
            previousRows,
            duplicates,
            mergedRows,
            started.toString(),
            new LinkedHashMap<>(stepMillis),
            after));
    done(MergeStep.WRITE_MANIFEST);

    store.publish(snapshotId);
    LOG.info("season {}: published snapshot {} ({} rows)", season, snapshotId, mergedRows);
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
        week.rows(),
        previousRows,
        duplicates,
        mergedRows,
        deletedFiles,
        deletedSnapshots);
  }

  /**
   * The week's files, read with the contract's schema (no schema inference job). A file whose
   * column has another type fails when it is read; one that lacks a column the contract requires
   * shows as nulls, which {@link #offendingFiles} names. Partitions are not inferred from the
   * paths: every column, {@code game_date} included, is inside the files.
   */
  private Dataset<Row> readOngoing(List<String> files) {
    return spark
        .read()
        .schema(CuratedColumns.SCHEMA)
        .option("recursiveFileLookup", "true")
        .parquet(files.toArray(String[]::new));
  }

  /** The files (up to five) that lack a column the contract requires. */
  private List<String> offendingFiles(List<String> files) {
    return readOngoing(files)
        .where(CuratedColumns.anyRequiredNull())
        .select(input_file_name())
        .distinct()
        .limit(5)
        .as(Encoders.STRING())
        .collectAsList();
  }

  private MergeException schemaMismatch(String detail, Throwable cause) {
    return new MergeException(
        "ongoing files of season "
            + config.season()
            + " do not match the curated schema: "
            + detail,
        cause);
  }

  private Dataset<Row> readSnapshot(String snapshotId) {
    return CuratedColumns.conform(
        spark.read().schema(CuratedColumns.SCHEMA).parquet(store.snapshotUri(snapshotId)));
  }

  /** Only the given dates of a snapshot: their directories are listed, no other. */
  private Dataset<Row> readSnapshotDates(String snapshotId, Set<String> dates) {
    String[] paths =
        dates.stream().map(d -> store.snapshotDateUri(snapshotId, d)).toArray(String[]::new);
    return CuratedColumns.conform(
        spark
            .read()
            .schema(CuratedColumns.SCHEMA)
            .option("basePath", store.snapshotUri(snapshotId))
            .parquet(paths));
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

  /** Rows that must never reach a snapshot: null keys, a shot value not 2 or 3, a period < 1. */
  static Column invalid() {
    return col("event_id")
        .isNull()
        .or(col("game_id").isNull())
        .or(col("game_date").isNull())
        .or(col("shot_value").isin(2, 3).unary_$bang())
        .or(col("period").lt(1));
  }

  /** A merge with any invalid row publishes nothing; the error shows a few. */
  private static MergeException validationError(Dataset<Row> merged, long count) {
    List<Row> examples =
        merged.where(invalid()).select("event_id", "shot_value", "period").limit(3).collectAsList();
    return new MergeException(
        count
            + " rows fail validation (null keys, shot value not 2 or 3, period < 1),"
            + " e.g. "
            + examples
            + "; nothing published");
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
