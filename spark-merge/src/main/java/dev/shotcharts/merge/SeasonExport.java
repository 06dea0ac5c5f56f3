package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import java.nio.file.Files;
import java.nio.file.Path;
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
