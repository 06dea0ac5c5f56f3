package dev.shotcharts.views;

import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.clients.ShotsCatalog.AsOf;
import dev.shotcharts.model.Lake;
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
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code query}: SQL over the lake's Iceberg table, as a view {@code shots} with the curated
 * columns, answered by an embedded DuckDB. Iceberg's scan planning ({@link ShotsCatalog}) names the
 * data files of the seasons asked for, at the current snapshot or an earlier one ({@link AsOf});
 * {@link LakeCache} fetches each once.
 */
public final class SeasonQuery {
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

  private final ShotsCatalog catalog;
  private final LakeCache cache;
  private final AsOf asOf;

  public SeasonQuery(S3Client s3, ShotsCatalog catalog, String bucket, Path cache) {
    this(catalog, new LakeCache(s3, bucket, cache), AsOf.CURRENT);
  }

  private SeasonQuery(ShotsCatalog catalog, LakeCache cache, AsOf asOf) {
    this.catalog = catalog;
    this.cache = cache;
    this.asOf = asOf;
  }

  /** The same queries over the table as it was at a snapshot or a time (time travel). */
  public SeasonQuery asOf(AsOf when) {
    return new SeasonQuery(catalog, cache, when);
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
    return cache.tableFiles(plan(seasons));
  }

  /** The local copy of the season's committed ongoing files ({@link LakeCache#ongoing}). */
  public Path ongoing(int season) throws IOException {
    return cache.ongoing(season);
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
}
