package dev.shotcharts.pipeline;

import dev.shotcharts.engines.ShotsCatalog;
import dev.shotcharts.engines.ShotsCatalog.AsOf;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code query}: SQL over the lake's Iceberg table, as a view {@code shots} with the curated
 * columns, answered by an embedded DuckDB. Iceberg's scan planning ({@link ShotsCatalog}) names the
 * data files of the seasons asked for, at the current snapshot or an earlier one ({@link AsOf}); a
 * data file never changes once written, so each is fetched once into a local cache by its path and
 * a second query downloads nothing that is not new.
 */
public final class SeasonQuery {
  private static final Logger LOG = LoggerFactory.getLogger(SeasonQuery.class);

  /** How the answer is printed. */
  public enum Format {
    CSV,
    TABLE,
    JSON
  }

  /** A query that cannot be answered, with a message for the user. */
  public static final class QueryException extends Exception {
    public QueryException(String message) {
      super(message);
    }
  }

  private final S3Client s3;
  private final ShotsCatalog catalog;
  private final String bucket;
  private final Path cache;
  private final AsOf asOf;

  public SeasonQuery(S3Client s3, ShotsCatalog catalog, String bucket, Path cache) {
    this(s3, catalog, bucket, cache, AsOf.CURRENT);
  }

  private SeasonQuery(S3Client s3, ShotsCatalog catalog, String bucket, Path cache, AsOf asOf) {
    this.s3 = s3;
    this.catalog = catalog;
    this.bucket = bucket;
    this.cache = cache;
    this.asOf = asOf;
  }

  /** The same queries over the table as it was at a snapshot or a time (time travel). */
  public SeasonQuery asOf(AsOf when) {
    return new SeasonQuery(s3, catalog, bucket, cache, when);
  }

  /** The snapshot a season is read from: its id, and when it was committed. */
  public record Published(String snapshotId, Instant at) {}

  /** The snapshot readers of the season see, which must hold some of its rows. */
  public Published published(int season) throws QueryException {
    ShotsCatalog.Scan scan = plan(List.of(season));
    if (scan.files().isEmpty()) {
      throw new QueryException(
          "season "
              + season
              + " has no rows in the table "
              + Lake.TABLE_NAME
              + " (merge it first)");
    }
    return new Published(
        String.valueOf(scan.snapshot().snapshotId()),
        Instant.ofEpochMilli(scan.snapshot().timestampMillis()));
  }

  private ShotsCatalog.Scan plan(List<Integer> seasons) throws QueryException {
    try {
      return catalog.plan(seasons, asOf);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new QueryException(e.getMessage());
    }
  }

  /**
   * Local copies of the seasons' data files, fetched if the cache lacks them. Empty when the table
   * holds none of the seasons.
   */
  public List<Path> files(List<Integer> seasons) throws QueryException, IOException {
    ShotsCatalog.Scan scan = plan(seasons);
    List<Path> local = new ArrayList<>();
    List<ShotsCatalog.DataFile> missing = new ArrayList<>();
    for (ShotsCatalog.DataFile file : scan.files()) {
      Path copy = cache.resolve("files").resolve(key(file.location()));
      local.add(copy);
      if (!Files.exists(copy)) {
        missing.add(file);
      }
    }
    if (!missing.isEmpty()) {
      download(missing, scan);
    }
    return local;
  }

  private void download(List<ShotsCatalog.DataFile> files, ShotsCatalog.Scan scan)
      throws IOException {
    long total = files.stream().mapToLong(ShotsCatalog.DataFile::sizeBytes).sum();
    LOG.info(
        "downloading {} data files of snapshot {}, {} (once: a data file never changes)",
        files.size(),
        scan.snapshot().snapshotId(),
        megabytes(total));
    long done = 0;
    int step = Math.max(1, files.size() / 10);
    for (int i = 0; i < files.size(); i++) {
      ShotsCatalog.DataFile file = files.get(i);
      String key = key(file.location());
      Path copy = cache.resolve("files").resolve(key);
      Files.createDirectories(copy.getParent());
      Path part = copy.resolveSibling(copy.getFileName() + ".download");
      Files.deleteIfExists(part);
      s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toFile(part));
      Files.move(part, copy); // whole or absent: later queries trust what is there
      done += file.sizeBytes();
      if ((i + 1) % step == 0 || i + 1 == files.size()) {
        LOG.info("  {}/{} files, {} of {}", i + 1, files.size(), megabytes(done), megabytes(total));
      }
    }
  }

  /** The object key of a data file in the lake's bucket ({@code s3://bucket/key}). */
  private String key(String location) {
    String path = location.substring(location.indexOf("://") + 3);
    if (!path.startsWith(bucket + "/")) {
      throw new IllegalStateException(location + " is not in the lake's bucket " + bucket);
    }
    return path.substring(bucket.length() + 1);
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** Answers {@code sql} over the seasons' snapshots as the view {@code shots}. */
  public void run(List<Integer> seasons, String sql, Format format, PrintStream out)
      throws QueryException, IOException {
    run(seasons, false, sql, format, out);
  }

  /**
   * With {@code fresh}, {@code shots} also holds the committed ongoing rows not merged yet, the
   * newest row per {@code event_id} as the merge keeps it: last night's games before Sunday's
   * merge.
   */
  public void run(List<Integer> seasons, boolean fresh, String sql, Format format, PrintStream out)
      throws QueryException, IOException {
    try (Connection db = open(seasons, fresh);
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      ResultPrinter.print(rows, format, out);
    } catch (SQLException e) {
      throw new QueryException(e.getMessage());
    }
  }

  /** Reads a row of a result. */
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** The rows of a parameterised {@code sql} ({@code ?} for each of {@code params}). */
  public <T> List<T> select(
      List<Integer> seasons, String sql, List<Object> params, RowReader<T> reader)
      throws QueryException, IOException {
    return select(seasons, false, sql, params, reader);
  }

  /** As {@link #select}, over the fresh view with {@code fresh} (see {@link #run}). */
  public <T> List<T> select(
      List<Integer> seasons, boolean fresh, String sql, List<Object> params, RowReader<T> reader)
      throws QueryException, IOException {
    try (Connection db = open(seasons, fresh);
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(reader.read(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new QueryException(e.getMessage());
    }
  }

  /** An in-memory DuckDB with the view {@code shots} over the seasons' local copies. */
  private Connection open(List<Integer> seasons, boolean fresh)
      throws QueryException, IOException, SQLException {
    // Fresh rows can be read before the first merge has created the table.
    List<Path> tableFiles = fresh && catalog.table().isEmpty() ? List.of() : files(seasons);
    List<String> ongoing = new ArrayList<>();
    if (fresh) {
      for (int season : seasons) {
        Path rows = ongoing(season);
        if (hasParquet(rows)) {
          ongoing.add(glob(rows));
        }
      }
    }
    if (tableFiles.isEmpty() && ongoing.isEmpty()) {
      throw new QueryException(
          "season(s) "
              + seasons
              + " have no rows in the table"
              + (fresh ? " and no ongoing rows" : " (merge first, or ask --fresh)"));
    }
    // Every column is inside the files: the partition folders in their paths are not columns.
    List<String> parts = new ArrayList<>();
    if (!tableFiles.isEmpty()) {
      parts.add(
          "SELECT * FROM read_parquet(["
              + tableFiles.stream().map(SeasonQuery::quoted).collect(Collectors.joining(", "))
              + "], union_by_name = true)");
    }
    if (!ongoing.isEmpty()) {
      parts.add(
          "SELECT * FROM read_parquet(["
              + String.join(", ", ongoing)
              + "], hive_partitioning = false, union_by_name = true)");
    }
    String files = "(" + String.join(" UNION ALL BY NAME ", parts) + ")";
    // Newest first per event, as the merge decides: scraped last, then processed last.
    String view =
        fresh
            ? "SELECT * EXCLUDE (shotcharts_rank) FROM (SELECT *, row_number() OVER (PARTITION BY"
                + " event_id ORDER BY scraped_at DESC, processed_at DESC) AS shotcharts_rank FROM "
                + files
                + ") WHERE shotcharts_rank = 1"
            : "SELECT * FROM " + files;
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = db.createStatement()) {
      statement.execute("CREATE VIEW shots AS " + view);
    } catch (SQLException e) {
      db.close();
      throw e;
    }
    return db;
  }

  private static String quoted(Path file) {
    return "'" + file.toString().replace("'", "''") + "'";
  }

  private static String glob(Path dir) {
    return "'" + dir.toString().replace("'", "''") + "/**/*.parquet'";
  }

  private static boolean hasParquet(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".parquet"));
    }
  }

  /**
   * The local copy of the season's committed ongoing files: Flink commits a part file once under
   * its final name and never changes it, so a file is fetched once; one the merge has deleted is
   * deleted here too. In-progress files (their names start with a dot) are not read.
   */
  public Path ongoing(int season) throws IOException {
    String prefix = LakeLayout.ongoingSeason(season) + "/";
    Path local = cache.resolve("ongoing").resolve("season=" + season);
    Files.createDirectories(local);
    java.util.Set<Path> committed = new java.util.HashSet<>();
    int fetched = 0;
    for (S3Object object :
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
      String name = object.key().substring(object.key().lastIndexOf('/') + 1);
      if (!name.endsWith(".parquet") || name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      Path file = local.resolve(object.key().substring(prefix.length()));
      committed.add(file);
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(name + ".download");
        Files.deleteIfExists(part);
        s3.getObject(b -> b.bucket(bucket).key(object.key()), ResponseTransformer.toFile(part));
        Files.move(part, file);
        fetched++;
      }
    }
    int removed = 0;
    try (var files = Files.walk(local)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!committed.contains(file)) {
          Files.delete(file);
          removed++;
        }
      }
    }
    LOG.info(
        "ongoing rows of season {}: {} committed files ({} fetched, {} merged since and removed)",
        season,
        committed.size(),
        fetched,
        removed);
    return local;
  }
}
