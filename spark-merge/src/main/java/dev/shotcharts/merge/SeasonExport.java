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

/** Exports a season of the table's current snapshot as the legacy {@code exports/shots-Y.tgz}. */
public final class SeasonExport {
  private static final Logger LOG = LoggerFactory.getLogger(SeasonExport.class);

  private final SparkSession spark;
  private final LakeFiles files;
  private final int season;

  public SeasonExport(SparkSession spark, LakeFiles files, int season) {
    this.spark = spark;
    this.files = files;
    this.season = season;
  }

  /**
   * The export a config asks for: one season, or every season of the table ({@code --all-seasons});
   * with {@code --public-read} the archives get the public-read canned ACL, as the original
   * dataset's files had. Without it they stay as private as the rest of the bucket.
   */
  public static ExportResult run(SparkSession spark, FileSystem fs, MergeConfig config)
      throws Exception {
    FileSystem target = fs;
    String lakeUri = config.lake().sparkUri();
    if (config.publicRead()) {
      Configuration conf = new Configuration(fs.getConf());
      conf.set("fs.s3a.acl.default", "PublicRead");
      target = FileSystem.newInstance(URI.create(lakeUri), conf);
    }
    List<Integer> seasons =
        config.allSeasons() ? ShotsTable.seasons(spark) : List.of(config.season());
    long rows = 0;
    List<String> archives = new ArrayList<>();
    for (int season : seasons) {
      rows += new SeasonExport(spark, new LakeFiles(target, lakeUri, season), season).run();
      archives.add(LakeLayout.export(season));
    }
    return new ExportResult(rows, archives);
  }

  /** Returns the number of rows exported. */
  public long run() throws Exception {
    files.checkReachable();
    if (!ShotsTable.exists(spark)) {
      throw new MergeException("the lake has no table " + ShotsTable.NAME + " yet: merge first");
    }
    spark
        .sparkContext()
        .setJobGroup("export-" + season, "export season " + season + " of the table", false);
    Dataset<Row> shots = CuratedColumns.conform(ShotsTable.season(spark, season));
    long seasonRows = shots.count();
    if (seasonRows == 0) {
      throw new MergeException("season " + season + " has no rows in the table: merge first");
    }
    spark
        .conf()
        .set(
            "spark.sql.shuffle.partitions",
            String.valueOf(
                ShufflePartitions.forRows(seasonRows, spark.sparkContext().defaultParallelism())));
    Path archive = Files.createTempFile(LakeLayout.exportName(season) + "-", ".tgz");
    try {
      long rows =
          CsvArchive.write(
              LegacyExport.rows(shots, season).toLocalIterator(),
              LegacyExport.COLUMNS,
              LakeLayout.exportName(season) + ".csv",
              archive);
      files.upload(archive, LakeLayout.export(season));
      LOG.info("exported {} rows of season {} to {}", rows, season, LakeLayout.export(season));
      return rows;
    } finally {
      Files.deleteIfExists(archive);
    }
  }
}
