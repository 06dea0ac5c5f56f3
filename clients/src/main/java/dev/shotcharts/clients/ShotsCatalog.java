package dev.shotcharts.clients;

import dev.shotcharts.model.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableScan;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;

/**
 * The lake's Iceberg table through Iceberg's own Java API, without Spark: the catalog built from
 * the {@link Lake}'s properties, the data files a scan of some seasons plans (at the current
 * snapshot, or at an earlier one), the table's snapshots, and a rollback.
 */
public final class ShotsCatalog implements AutoCloseable {
  static final TableIdentifier TABLE = TableIdentifier.of(Lake.NAMESPACE, Lake.TABLE);

  private final Catalog catalog;

  private ShotsCatalog(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The lake's catalog; the settings' keys, if any, go to S3FileIO and never to a file. */
  public static ShotsCatalog open(LakeSettings settings) {
    Map<String, String> properties = new HashMap<>(settings.lake().catalogProperties());
    properties.putAll(Lake.catalogLogin(System.getenv()));
    if (settings.accessKey() != null) {
      properties.put("s3.access-key-id", settings.accessKey());
      properties.put("s3.secret-access-key", settings.secretKey());
    }
    return new ShotsCatalog(CatalogUtil.buildIcebergCatalog(Lake.CATALOG, properties, null));
  }

  /** A data file of a scan: where it is, how big, how many rows. */
  public record DataFile(String location, long sizeBytes, long rows) {}

  /** What a scan plans: the snapshot it read and its data files. */
  public record Scan(Snapshot snapshot, List<DataFile> files) {
    public long rows() {
      return files.stream().mapToLong(DataFile::rows).sum();
    }
  }

  /** When a reader looks at the table: now, at a snapshot id, or as it was at a time. */
  public sealed interface AsOf {
    AsOf CURRENT = new Current();

    record Current() implements AsOf {}

    record SnapshotId(long id) implements AsOf {}

    record Time(long epochMillis) implements AsOf {}
  }

  public Optional<Table> table() {
    try {
      return Optional.of(catalog.loadTable(TABLE));
    } catch (NoSuchTableException e) {
      return Optional.empty();
    }
  }

  private Table existing() {
    return table()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the lake has no table " + Lake.TABLE_NAME + " yet (merge first)"));
  }

  /**
   * The data files holding the seasons at {@code asOf}: Iceberg's scan planning, pruned by the
   * season partition. Empty when the table or the snapshot holds none. Fails on delete files: the
   * merge writes copy-on-write, so a reader of the data files alone sees every row exactly once.
   */
  public Scan plan(List<Integer> seasons, AsOf asOf) {
    Table table = existing();
    TableScan scan = table.newScan();
    try {
      if (asOf instanceof AsOf.SnapshotId id) {
        scan = scan.useSnapshot(id.id());
      } else if (asOf instanceof AsOf.Time time) {
        scan = scan.asOfTime(time.epochMillis());
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          (asOf instanceof AsOf.SnapshotId id
                  ? "the table keeps no snapshot " + id.id()
                  : "the table has no snapshot at or before "
                      + java.time.Instant.ofEpochMilli(((AsOf.Time) asOf).epochMillis()))
              + "; it keeps "
              + snapshotsOf(table)
              + " (bin/shotcharts status)",
          e);
    }
    Snapshot snapshot = scan.snapshot();
    List<DataFile> files = new ArrayList<>();
    if (snapshot == null) {
      return new Scan(null, files);
    }
    scan = scan.filter(Expressions.in("season", seasons.toArray()));
    try (CloseableIterable<FileScanTask> tasks = scan.planFiles()) {
      for (FileScanTask task : tasks) {
        if (!task.deletes().isEmpty()) {
          throw new IllegalStateException(
              "snapshot "
                  + snapshot.snapshotId()
                  + " has delete files for "
                  + task.file().location()
                  + ": the table is meant to be copy-on-write; compact it before reading");
        }
        files.add(
            new DataFile(
                task.file().location(), task.file().fileSizeInBytes(), task.file().recordCount()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Scan(snapshot, files);
  }

  private static String snapshotsOf(Table table) {
    List<String> kept = new ArrayList<>();
    table
        .snapshots()
        .forEach(
            sn ->
                kept.add(
                    sn.snapshotId()
                        + " of "
                        + java.time.Instant.ofEpochMilli(sn.timestampMillis())));
    return kept.isEmpty() ? "no snapshot" : String.join(", ", kept);
  }

  /** The table's snapshots, oldest first. */
  public List<Snapshot> snapshots() {
    List<Snapshot> snapshots = new ArrayList<>();
    table().ifPresent(t -> t.snapshots().forEach(snapshots::add));
    return snapshots;
  }

  /**
   * Makes {@code snapshotId} the table's current snapshot again, or its parent without one (undoes
   * the last commit). Every season of the table goes back with it. Returns the new current id.
   */
  public long rollback(Long snapshotId) {
    Table table = existing();
    Snapshot current = table.currentSnapshot();
    if (current == null) {
      throw new IllegalStateException("the table has no snapshot to roll back from");
    }
    long target;
    if (snapshotId != null) {
      target = snapshotId;
    } else if (current.parentId() != null) {
      target = current.parentId();
    } else {
      throw new IllegalStateException(
          "snapshot " + current.snapshotId() + " is the table's first: nothing to roll back to");
    }
    if (table.snapshot(target) == null) {
      throw new IllegalStateException(
          "the table keeps no snapshot " + target + " (expired, or never was)");
    }
    table.manageSnapshots().rollbackTo(target).commit();
    return target;
  }

  /**
   * Writes the catalog's properties in Iceberg's own names, for readers outside the project (Spark,
   * Trino, pyiceberg, {@code CatalogUtil.buildIcebergCatalog}): no keys, the AWS default chain
   * provides them.
   */
  public static Path writeProperties(Lake lake, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("# The Iceberg catalog of the shotcharts lake; the table is " + Lake.TABLE_NAME);
      out.write(
          ".\n# Load it under the catalog name "
              + Lake.CATALOG
              + ": a JDBC catalog keys its tables");
      out.write(
          " by it.\n# Credentials: the AWS default chain (AWS_ACCESS_KEY_ID, ...), never here.\n");
      for (var e : lake.catalogProperties().entrySet()) {
        out.write(e.getKey() + "=" + e.getValue().replace("\\", "\\\\") + "\n");
      }
    }
    return file.toAbsolutePath();
  }

  @Override
  public void close() throws IOException {
    if (catalog instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }
}
