package dev.shotcharts.bench.merge;

import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The small-data peer of the merge: DuckDB doing the same union, newest-wins de-duplication and
 * partitioned ZSTD Parquet write. DuckDB's S3 support is an extension it downloads at run time
 * (this machine has no internet), so the files travel over the S3 client: download, query, upload,
 * each timed.
 */
final class DuckDbMerge {
  /** What one merge took, in milliseconds, and the rows it wrote. */
  record Timing(long transferMillis, long queryMillis, long rows) {
    long totalMillis() {
      return transferMillis + queryMillis;
    }
  }

  private final S3Client s3;
  private final String bucket;

  DuckDbMerge(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /**
   * Merges the season's data files in the table (every column inside them) with the week's ongoing
   * files into {@code outPrefix}.
   */
  Timing merge(List<String> snapshotKeys, List<String> weekKeys, String outPrefix, Path work)
      throws IOException, SQLException {
    deleteTree(work);
    Path snapshot = work.resolve("snapshot");
    Path week = work.resolve("week");
    Path out = work.resolve("out");
    long start = System.nanoTime();
    for (int i = 0; i < snapshotKeys.size(); i++) {
      download(snapshotKeys.get(i), snapshot.resolve(i + ".parquet"));
    }
    for (int i = 0; i < weekKeys.size(); i++) {
      download(weekKeys.get(i), week.resolve(i + ".parquet"));
    }
    long downloaded = System.nanoTime();

    String columns = String.join(", ", columns());
    String sql =
        "COPY (SELECT "
            + columns
            + " FROM (SELECT *, row_number() OVER (PARTITION BY event_id"
            + " ORDER BY scraped_at DESC, processed_at DESC) AS rn FROM ("
            + " SELECT "
            + columns
            + " FROM read_parquet('"
            + snapshot
            + "/*.parquet', hive_partitioning = false)"
            + " UNION ALL SELECT "
            + columns
            + " FROM read_parquet('"
            + week
            + "/*.parquet', hive_partitioning = false)))"
            + " WHERE rn = 1 ORDER BY game_id, team, event_id)"
            + " TO '"
            + out
            + "' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (game_date))";
    long rows;
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement()) {
      statement.execute("SET threads = 2");
      statement.execute(sql);
      try (ResultSet count =
          statement.executeQuery("SELECT count(*) FROM read_parquet('" + out + "/*/*.parquet')")) {
        count.next();
        rows = count.getLong(1);
      }
    }
    long queried = System.nanoTime();

    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String key = outPrefix + "/" + out.relativize(file).toString().replace('\\', '/');
        s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(file));
      }
    }
    long uploaded = System.nanoTime();
    return new Timing(
        (downloaded - start + uploaded - queried) / 1_000_000,
        (queried - downloaded) / 1_000_000,
        rows);
  }

  private void download(String key, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.write(to, s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
  }

  /** The contract's columns, in order. */
  private static List<String> columns() {
    List<String> names = new ArrayList<>();
    try {
      RecordJson.mapper()
          .readTree(CuratedSchema.avroJson())
          .get("fields")
          .forEach(f -> names.add(f.get("name").textValue()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
