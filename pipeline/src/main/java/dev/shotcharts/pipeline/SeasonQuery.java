package dev.shotcharts.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code query}: SQL over the published season snapshots, as a table {@code shots} with the curated
 * columns, answered by an embedded DuckDB. A snapshot's files are fetched once into a local cache
 * keyed by its id (snapshots never change once published), so a second query downloads nothing;
 * readers follow {@code _LATEST} only, as everywhere.
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

  private static final String COMPLETE = ".complete";

  private final S3Client s3;
  private final String bucket;
  private final Path cache;

  public SeasonQuery(S3Client s3, String bucket, Path cache) {
    this.s3 = s3;
    this.bucket = bucket;
    this.cache = cache;
  }

  /** A season's published snapshot: its id, and when {@code _LATEST} was last written. */
  public record Published(String snapshotId, Instant at) {}

  /** What {@code _LATEST} names for the season. */
  public Published published(int season) throws QueryException {
    try {
      var latest = s3.getObjectAsBytes(b -> b.bucket(bucket).key(LakeLayout.latestMarker(season)));
      return new Published(
          latest.asString(StandardCharsets.UTF_8).trim(), latest.response().lastModified());
    } catch (NoSuchKeyException e) {
      throw new QueryException(
          "season "
              + season
              + " has no published snapshot in s3://"
              + bucket
              + " (merge it first)");
    }
  }

  /** The local copy of the season's published snapshot, fetched if the cache lacks it. */
  public Path snapshot(int season) throws QueryException, IOException {
    String id = published(season).snapshotId();
    Path local = cache.resolve("season=" + season).resolve("snapshot=" + id);
    if (Files.exists(local.resolve(COMPLETE))) {
      return local;
    }
    String prefix = LakeLayout.snapshot(season, id) + "/";
    Files.createDirectories(local);
    List<S3Object> files =
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
            .filter(o -> o.key().endsWith(".parquet"))
            .toList();
    long total = files.stream().mapToLong(S3Object::size).sum();
    LOG.info(
        "downloading snapshot {} of season {}: {} files, {} (once: it is cached by its id)",
        id,
        season,
        files.size(),
        megabytes(total));
    long done = 0;
    int step = Math.max(1, files.size() / 10);
    for (int i = 0; i < files.size(); i++) {
      S3Object object = files.get(i);
      Path file = local.resolve(object.key().substring(prefix.length()));
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      s3.getObject(b -> b.bucket(bucket).key(object.key()), ResponseTransformer.toFile(file));
      done += object.size();
      if ((i + 1) % step == 0 || i + 1 == files.size()) {
        LOG.info("  {}/{} files, {} of {}", i + 1, files.size(), megabytes(done), megabytes(total));
      }
    }
    Files.createFile(local.resolve(COMPLETE)); // the copy is whole: later queries trust it
    return local;
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
      print(rows, format, out);
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
    List<String> snapshots = new ArrayList<>();
    List<String> ongoing = new ArrayList<>();
    for (int season : seasons) {
      if (!fresh) {
        snapshots.add(glob(snapshot(season)));
        continue;
      }
      Path rows = ongoing(season);
      boolean anyOngoing = hasParquet(rows);
      try {
        snapshots.add(glob(snapshot(season)));
      } catch (QueryException noSnapshot) {
        if (!anyOngoing) {
          throw new QueryException(
              "season " + season + " has neither a published snapshot nor ongoing rows");
        }
      }
      if (anyOngoing) {
        ongoing.add(glob(rows));
      }
    }
    // Snapshots and ongoing files have different partition folders: read apart, join by name.
    List<String> parts = new ArrayList<>();
    for (List<String> globs : List.of(snapshots, ongoing)) {
      if (!globs.isEmpty()) {
        parts.add(
            "SELECT * FROM read_parquet(["
                + String.join(", ", globs)
                + "], hive_partitioning = true, union_by_name = true)");
      }
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

  private static void print(ResultSet rows, Format format, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      names.add(meta.getColumnLabel(i));
    }
    List<List<Object>> objects = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    while (rows.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= names.size(); i++) {
        row.add(rows.getObject(i));
      }
      objects.add(row);
      values.add(row.stream().map(v -> v == null ? null : v.toString()).toList());
    }
    switch (format) {
      case CSV -> {
        out.println(names.stream().map(SeasonQuery::csv).collect(Collectors.joining(",")));
        values.forEach(
            r -> out.println(r.stream().map(SeasonQuery::csv).collect(Collectors.joining(","))));
      }
      case TABLE -> printTable(names, values, out);
      case JSON -> {
        ArrayNode array = RecordJson.mapper().createArrayNode();
        for (List<Object> r : objects) {
          ObjectNode object = array.addObject();
          for (int i = 0; i < names.size(); i++) {
            // Numbers and booleans as JSON's own; dates, times and text as strings.
            Object value = r.get(i);
            if (value instanceof Number || value instanceof Boolean) {
              object.set(names.get(i), RecordJson.mapper().valueToTree(value));
            } else {
              object.put(names.get(i), value == null ? null : value.toString());
            }
          }
        }
        out.println(array.toPrettyString());
      }
    }
  }

  private static void printTable(List<String> names, List<List<String>> values, PrintStream out) {
    int[] widths = names.stream().mapToInt(String::length).toArray();
    for (List<String> r : values) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], String.valueOf(r.get(i)).length());
      }
    }
    out.println(line(names, widths));
    out.println(line(java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
    values.forEach(r -> out.println(line(r, widths)));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      text.append(i == 0 ? "" : "  ");
      text.append(String.format("%-" + widths[i] + "s", String.valueOf(cells.get(i))));
    }
    return text.toString().stripTrailing();
  }

  /** RFC 4180: quote a field with a comma, quote or line break; null is empty. */
  static String csv(String value) {
    if (value == null) {
      return "";
    }
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
