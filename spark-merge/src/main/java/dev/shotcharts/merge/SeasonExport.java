package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exports the published snapshot of a season as the legacy {@code exports/shots-Y.tgz}. */
public final class SeasonExport {
  private static final Logger LOG = LoggerFactory.getLogger(SeasonExport.class);

  private final SparkSession spark;
  private final SeasonStore store;
  private final int season;

  public SeasonExport(SparkSession spark, SeasonStore store, int season) {
    this.spark = spark;
    this.store = store;
    this.season = season;
  }

  /**
   * The export a config asks for: one season, or every published one ({@code --all-seasons}); with
   * {@code --public-read} the archives get the public-read canned ACL, as the original dataset's
   * files had. Without it they stay as private as the rest of the bucket.
   */
  public static ExportResult run(SparkSession spark, FileSystem fs, MergeConfig config)
      throws Exception {
    FileSystem target = fs;
    if (config.publicRead()) {
      Configuration conf = new Configuration(fs.getConf());
      conf.set("fs.s3a.acl.default", "PublicRead");
      target = FileSystem.newInstance(URI.create(config.lakeUri()), conf);
    }
    List<Integer> seasons =
        config.allSeasons()
            ? SeasonStore.publishedSeasons(fs, config.lakeUri())
            : List.of(config.season());
    long rows = 0;
    List<String> archives = new ArrayList<>();
    for (int season : seasons) {
      rows +=
          new SeasonExport(spark, new SeasonStore(target, config.lakeUri(), season), season).run();
      archives.add(LakeLayout.export(season));
    }
    return new ExportResult(rows, archives);
  }

  /** Returns the number of rows exported. */
  public long run() throws Exception {
    store.checkReachable();
    String snapshot =
        store
            .latestSnapshot()
            .orElseThrow(
                () -> new MergeException("season " + season + " has no snapshot yet: merge first"));
    spark
        .sparkContext()
        .setJobGroup("export-" + season, "export snapshot " + season + "/" + snapshot, false);
    long snapshotRows = store.manifest(snapshot).map(Manifest::snapshotRows).orElse(0L);
    spark
        .conf()
        .set(
            "spark.sql.shuffle.partitions",
            String.valueOf(
                ShufflePartitions.forRows(
                    snapshotRows, spark.sparkContext().defaultParallelism())));
    Dataset<Row> shots = CuratedColumns.conform(spark.read().parquet(store.snapshotUri(snapshot)));
    Path archive = Files.createTempFile(LakeLayout.exportName(season) + "-", ".tgz");
    try {
      long rows =
          CsvArchive.write(
              LegacyExport.rows(shots, season).toLocalIterator(),
              LegacyExport.COLUMNS,
              LakeLayout.exportName(season) + ".csv",
              archive);
      store.upload(archive, LakeLayout.export(season));
      LOG.info("exported {} rows of snapshot {} to {}", rows, snapshot, LakeLayout.export(season));
      return rows;
    } finally {
      Files.deleteIfExists(archive);
    }
  }
}
