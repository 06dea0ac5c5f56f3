package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges a season's committed ongoing Parquet into a complete new snapshot: union with the current
 * snapshot, newest {@code scraped_at} wins per event id, write, verify, then flip {@code _LATEST}
 * with one small write so readers never see a half-merged season.
 */
public final class SeasonMerge {
  private static final Logger LOG = LoggerFactory.getLogger(SeasonMerge.class);
  private static final DateTimeFormatter SNAPSHOT_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final MergeConfig config;

  public SeasonMerge(SparkSession spark, MergeConfig config) {
    this.spark = spark;
    this.config = config;
  }

  public MergeResult run() throws IOException {
    String snapshotId = SNAPSHOT_ID.format(Instant.now());
    FileSystem fs =
        FileSystem.get(URI.create(config.lakeUri()), spark.sparkContext().hadoopConfiguration());

    step("read ongoing", "list committed ongoing files of season " + config.season());
    List<String> ongoingFiles = committedParquetFiles(fs, new Path(config.ongoingSeasonUri()));
    Dataset<Row> ongoing =
        ongoingFiles.isEmpty()
            ? emptyShots()
            : CuratedColumns.conform(spark.read().parquet(ongoingFiles.toArray(String[]::new)));
    step("read ongoing", "read " + ongoingFiles.size() + " ongoing files");
    long ongoingRows = ongoing.count();

    Optional<String> previous = latestSnapshot(fs);
    Dataset<Row> current =
        previous
            .map(id -> CuratedColumns.conform(spark.read().parquet(config.snapshotUri(id))))
            .orElseGet(this::emptyShots);
    step("read snapshot", "read snapshot " + config.season() + "/" + previous.orElse("(none)"));
    long previousRows = current.count();

    step("dedupe", "union and keep the newest scraped_at per event_id");
    Dataset<Row> merged = newestPerEvent(current.unionByName(ongoing));

    String target = config.snapshotUri(snapshotId);
    step("write snapshot", "write snapshot " + config.season() + "/" + snapshotId);
    merged
        .repartition(col("game_date"))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .option("compression", "snappy")
        .partitionBy("game_date")
        .parquet(target);

    step("verify", "count the written snapshot");
    long written = spark.read().parquet(target).count();
    long expected = merged.count();
    if (written != expected) {
      throw new IllegalStateException(
          "snapshot "
              + target
              + " holds "
              + written
              + " rows, expected "
              + expected
              + "; not published");
    }

    step("publish", "flip _LATEST to " + snapshotId);
    try (FSDataOutputStream out = fs.create(new Path(config.latestMarkerUri()), true)) {
      out.write(snapshotId.getBytes(StandardCharsets.UTF_8));
    }
    MergeResult result =
        new MergeResult(
            snapshotId,
            ongoingFiles.size(),
            ongoingRows,
            previousRows,
            ongoingRows + previousRows - written,
            written);
    LOG.info("merged season {}: {}", config.season(), result);
    return result;
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

  private Optional<String> latestSnapshot(FileSystem fs) throws IOException {
    Path marker = new Path(config.latestMarkerUri());
    if (!fs.exists(marker)) {
      return Optional.empty();
    }
    try (var in = fs.open(marker)) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
    }
  }

  /** Finished part files only: Flink's in-progress files start with a dot and are skipped. */
  static List<String> committedParquetFiles(FileSystem fs, Path root) throws IOException {
    List<String> files = new ArrayList<>();
    if (!fs.exists(root)) {
      return files;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      Path path = it.next().getPath();
      String name = path.getName();
      if (name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_")) {
        files.add(path.toString());
      }
    }
    files.sort(null);
    return files;
  }

  private Dataset<Row> emptyShots() {
    return spark.createDataFrame(List.of(), CuratedColumns.SCHEMA);
  }

  private void step(String group, String description) {
    spark.sparkContext().setJobGroup("merge-" + config.season() + "-" + group, description, false);
    LOG.info("{}", description);
  }
}
