package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.spark.CommitMetadata;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges a season's committed ongoing Parquet into the Iceberg table with one {@code MERGE INTO}:
 * the week's own duplicates collapsed (the newest {@code scraped_at}, then {@code processed_at},
 * wins per event id), only rows the table lacks or holds older versions of sent in, one commit
 * whose snapshot summary says what it merged. Only then are exactly the merged ongoing files
 * deleted, and the table kept tidy ({@link TableMaintenance}). A merge that dies before its commit
 * leaves the table as it was; one that dies after it is finished by the next, which finds nothing
 * new in the files still there and deletes them.
 */
public final class SeasonMerge {
  private static final Logger LOG = LoggerFactory.getLogger(SeasonMerge.class);

  /** Snapshot summary keys of a merge's commit. */
  static final String SUMMARY_PREFIX = "shotcharts.";

  private static final String CHANGES_VIEW = "shotcharts_week_changes";

  /** A week names at most this many games (a busy week has about 100). */
  static final int MAX_NAMED_GAMES = 500;

  private final SparkSession spark;
  private final MergeConfig config;
  private final LakeFiles files;
  private final MergeListener listener;
  private long stepStarted = System.currentTimeMillis();

  public SeasonMerge(
      SparkSession spark, MergeConfig config, LakeFiles files, MergeListener listener) {
    this.spark = spark;
    this.config = config;
    this.files = files;
    this.listener = listener;
  }

  public MergeResult run() throws Exception {
    int season = config.season();
    files.checkReachable();
    if (!config.dryRun()) {
      ShotsTable.ensure(spark);
    }

    describe("read ongoing", "list the committed ongoing files of season " + season);
    List<String> sources = files.committedOngoingFiles();
    if (sources.isEmpty()) {
      LOG.info("season {}: no committed ongoing files, nothing to merge", season);
      return unchanged(0, 0, 0, 0);
    }
    describe("read ongoing", "read and validate " + sources.size() + " ongoing files");
    // Read once: the validation below fills the cache that the dedupe then reads.
    OngoingWeek week = new OngoingWeek(spark, season);
    Dataset<Row> ongoing =
        CuratedColumns.conform(week.read(sources)).persist(StorageLevel.MEMORY_AND_DISK());
    long ongoingRows = week.validate(ongoing, sources);
    done(MergeStep.READ_ONGOING);

    describe("dedupe", "keep the newest row per event_id, then only what the table lacks");
    spark
        .conf()
        .set(
            "spark.sql.shuffle.partitions",
            String.valueOf(
                ShufflePartitions.forRows(ongoingRows, spark.sparkContext().defaultParallelism())));
    // Only the week's games of the table can hold older versions of its events (an event id
    // names its game), and a game keeps its id when it is re-dated.
    List<String> games = weekGames(ongoing);
    // Materialized: MERGE INTO cannot plan a source that still reads its own target table.
    Dataset<Row> changes =
        newerThan(newestPerEvent(ongoing), ofGames(ShotsTable.season(spark, season), games))
            .localCheckpoint();
    long changed = changes.count();
    ongoing.unpersist();
    long duplicates = ongoingRows - changed;
    done(MergeStep.DEDUPE);

    if (config.dryRun()) {
      LOG.info("dry run: would merge {} rows of {} into season {}", changed, ongoingRows, season);
      return unchanged(sources.size(), ongoingRows, duplicates, changed);
    }
    boolean committed = changed > 0;
    if (committed) {
      describe("commit", "MERGE INTO " + ShotsTable.NAME + ": " + changed + " rows");
      commit(changes, games, summary(sources, ongoingRows, duplicates, changed));
      LOG.info("season {}: committed {} new or newer rows", season, changed);
    } else {
      LOG.info("season {}: the table holds every row of these files already", season);
    }
    changes.unpersist(); // the checkpoint's blocks
    done(MergeStep.COMMIT);

    // Exactly the files this merge read; files Flink committed meanwhile stay for next week.
    int deleted = files.deleteFiles(sources);
    done(MergeStep.DELETE_MERGED);

    // One table for the housekeeping: each action commits through it, so it stays current.
    Table table = ShotsTable.load(spark);
    TableMaintenance maintenance = new TableMaintenance(spark);
    describe("compact", "compact the small data files of season " + season);
    int compacted = maintenance.compact(table, season);
    done(MergeStep.COMPACT);
    describe("expire", "keep the newest " + config.keepSnapshots() + " snapshots");
    int expired = maintenance.expireSnapshots(table, config.keepSnapshots());
    done(MergeStep.EXPIRE_SNAPSHOTS);
    describe("orphans", "remove unreferenced files older than " + config.orphanAge());
    int orphans = maintenance.removeOrphans(table, config.orphanAge());
    done(MergeStep.REMOVE_ORPHANS);

    Snapshot current = table.currentSnapshot();
    return new MergeResult(
        committed,
        current == null ? 0 : current.snapshotId(),
        sources.size(),
        ongoingRows,
        duplicates,
        changed,
        seasonRows(),
        deleted,
        compacted,
        expired,
        orphans);
  }

  /** The result of a merge that committed nothing: the table as readers still see it. */
  private MergeResult unchanged(int sources, long rows, long duplicates, long changed) {
    Snapshot current = ShotsTable.exists(spark) ? ShotsTable.load(spark).currentSnapshot() : null;
    return new MergeResult(
        false,
        current == null ? 0 : current.snapshotId(),
        sources,
        rows,
        duplicates,
        changed,
        seasonRows(),
        0,
        0,
        0,
        0);
  }

  private long seasonRows() {
    return ShotsTable.season(spark, config.season()).count();
  }

  /**
   * One {@code MERGE INTO}, one Iceberg commit. Every source row is new or newer than the table's
   * (see {@link #newerThan}), so a match is always replaced. The season and the week's games in the
   * condition let Iceberg skip, by partition and by file statistics, every file that cannot hold a
   * match.
   */
  private void commit(Dataset<Row> changes, List<String> games, Map<String, String> summary)
      throws Exception {
    changes.createOrReplaceTempView(CHANGES_VIEW);
    String merge =
        "MERGE INTO "
            + ShotsTable.NAME
            + " t USING "
            + CHANGES_VIEW
            + " s ON t.season = "
            + config.season()
            + (games.isEmpty() ? "" : " AND t.game_id IN (" + sqlList(games) + ")")
            + " AND t.event_id = s.event_id"
            + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *";
    CommitMetadata.withCommitProperties(
        summary,
        () -> {
          spark.sql(merge);
          return null;
        },
        RuntimeException.class);
    spark.catalog().dropTempView(CHANGES_VIEW);
  }

  /**
   * The week's game ids, or none when there are so many that naming them would not narrow the
   * season (a backfill): then the whole season is compared.
   */
  private static List<String> weekGames(Dataset<Row> week) {
    List<String> games =
        week.select("game_id")
            .distinct()
            .limit(MAX_NAMED_GAMES + 1)
            .as(Encoders.STRING())
            .collectAsList();
    return games.size() > MAX_NAMED_GAMES ? List.of() : games;
  }

  private static Dataset<Row> ofGames(Dataset<Row> season, List<String> games) {
    return games.isEmpty() ? season : season.where(col("game_id").isin(games.toArray()));
  }

  private static String sqlList(List<String> values) {
    return String.join(", ", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList());
  }

  /** What the commit's snapshot summary records beside Iceberg's own counts. */
  private Map<String, String> summary(
      List<String> sources, long rows, long duplicates, long changed) {
    Map<String, String> summary = new LinkedHashMap<>();
    summary.put(SUMMARY_PREFIX + "merge-id", UUID.randomUUID().toString());
    summary.put(SUMMARY_PREFIX + "season", String.valueOf(config.season()));
    summary.put(SUMMARY_PREFIX + "source-file-count", String.valueOf(sources.size()));
    String root = files.ongoingUri() + "/";
    summary.put(
        SUMMARY_PREFIX + "source-files",
        String.join(
            ",",
            sources.stream()
                .map(f -> f.startsWith(root) ? f.substring(root.length()) : f)
                .toList()));
    summary.put(SUMMARY_PREFIX + "rows-in", String.valueOf(rows));
    summary.put(SUMMARY_PREFIX + "duplicates-dropped", String.valueOf(duplicates));
    summary.put(SUMMARY_PREFIX + "rows-changed", String.valueOf(changed));
    return summary;
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

  /**
   * The week's rows the table does not hold, or holds an older version of: a re-scrape of a merged
   * game with nothing new sends nothing, and a merge run twice over the same files commits once.
   */
  static Dataset<Row> newerThan(Dataset<Row> week, Dataset<Row> table) {
    Dataset<Row> current =
        table.select(
            col("event_id").as("_event_id"),
            col("scraped_at").as("_scraped_at"),
            col("processed_at").as("_processed_at"));
    Column newer =
        col("_event_id")
            .isNull()
            .or(col("scraped_at").gt(col("_scraped_at")))
            .or(
                col("scraped_at")
                    .equalTo(col("_scraped_at"))
                    .and(col("processed_at").gt(col("_processed_at"))));
    return week.join(current, week.col("event_id").equalTo(current.col("_event_id")), "left")
        .where(newer)
        .drop("_event_id", "_scraped_at", "_processed_at");
  }

  private void describe(String group, String description) {
    spark.sparkContext().setJobGroup("merge-" + config.season() + "-" + group, description, false);
    LOG.info("{}", description);
  }

  private void done(MergeStep step) throws Exception {
    long now = System.currentTimeMillis();
    LOG.info("season {}: {} took {} ms", config.season(), step, now - stepStarted);
    stepStarted = now;
    listener.after(step);
  }
}
