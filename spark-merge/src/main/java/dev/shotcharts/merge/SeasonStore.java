package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** A season's files in the lake: ongoing part files, snapshots, manifests and {@code _LATEST}. */
public final class SeasonStore {
  static final String MANIFEST = "_MANIFEST.json";
  private static final String SNAPSHOT_PREFIX = "snapshot=";
  private static final String DATE_PREFIX = "game_date=";
  private static final int COPY_THREADS = 8;

  private final FileSystem fs;
  private final String lakeUri;
  private final int season;

  public SeasonStore(FileSystem fs, String lakeUri, int season) {
    this.fs = fs;
    this.lakeUri = lakeUri;
    this.season = season;
  }

  public String ongoingUri() {
    return lakeUri + "/" + LakeLayout.ongoingSeason(season);
  }

  public String snapshotUri(String snapshotId) {
    return lakeUri + "/" + LakeLayout.snapshot(season, snapshotId);
  }

  /** One game date's directory in a snapshot. */
  public String snapshotDateUri(String snapshotId, String gameDate) {
    return snapshotUri(snapshotId) + "/" + DATE_PREFIX + gameDate;
  }

  private Path latestMarker() {
    return new Path(lakeUri + "/" + LakeLayout.latestMarker(season));
  }

  /**
   * Fails with a clear message when the lake cannot be listed: no such bucket, wrong credentials,
   * or no route to the endpoint. Run first, so a broken setup changes nothing.
   */
  public void checkReachable() {
    try {
      fs.listStatus(new Path(lakeUri + "/"));
    } catch (IOException | RuntimeException e) {
      throw new MergeException("cannot reach the lake " + lakeUri + ": " + e.getMessage(), e);
    }
  }

  /** Finished part files only: Flink's in-progress files start with a dot and are skipped. */
  public List<String> committedOngoingFiles() throws IOException {
    List<String> files = new ArrayList<>();
    Path root = new Path(ongoingUri());
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

  public Optional<String> latestSnapshot() throws IOException {
    if (!fs.exists(latestMarker())) {
      return Optional.empty();
    }
    try (var in = fs.open(latestMarker())) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
    }
  }

  /** The atomic switch: one small object, written in one PUT. */
  public void publish(String snapshotId) throws IOException {
    write(latestMarker(), snapshotId.getBytes(StandardCharsets.UTF_8));
  }

  public void writeManifest(Manifest manifest) throws IOException {
    write(
        new Path(snapshotUri(manifest.snapshot()) + "/" + MANIFEST), RecordJson.toBytes(manifest));
  }

  public Optional<Manifest> manifest(String snapshotId) throws IOException {
    Path path = new Path(snapshotUri(snapshotId) + "/" + MANIFEST);
    if (!fs.exists(path)) {
      return Optional.empty();
    }
    try (var in = fs.open(path)) {
      return Optional.of(
          RecordJson.fromJson(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), Manifest.class));
    }
  }

  /** The seasons of the lake that have a published snapshot, oldest first. */
  public static List<Integer> publishedSeasons(FileSystem fs, String lakeUri) throws IOException {
    List<Integer> seasons = new ArrayList<>();
    Path root = new Path(lakeUri + "/" + LakeLayout.SEASONS);
    if (!fs.exists(root)) {
      return seasons;
    }
    for (FileStatus status : fs.listStatus(root)) {
      String name = status.getPath().getName();
      if (status.isDirectory()
          && name.matches("season=\\d+")
          && fs.exists(new Path(status.getPath(), LakeLayout.LATEST_MARKER))) {
        seasons.add(Integer.parseInt(name.substring("season=".length())));
      }
    }
    seasons.sort(null);
    return seasons;
  }

  /** Snapshot ids of the season, oldest first (ids sort by time). */
  public List<String> snapshots() throws IOException {
    List<String> ids = new ArrayList<>();
    Path root = new Path(lakeUri + "/" + LakeLayout.seasonRoot(season));
    if (!fs.exists(root)) {
      return ids;
    }
    for (FileStatus status : fs.listStatus(root)) {
      String name = status.getPath().getName();
      // An emptied directory some stores keep listing is no snapshot.
      if (status.isDirectory()
          && name.startsWith(SNAPSHOT_PREFIX)
          && holdsFiles(status.getPath())) {
        ids.add(name.substring(SNAPSHOT_PREFIX.length()));
      }
    }
    ids.sort(null);
    return ids;
  }

  /** Deletes the files that still exist; returns how many it deleted. */
  public int deleteFiles(List<String> files) throws IOException {
    int deleted = 0;
    for (String file : files) {
      if (fs.delete(new Path(file), false)) {
        deleted++;
      }
    }
    return deleted;
  }

  /**
   * Deletes a snapshot and checks that it is gone: S3A's recursive delete lists, then deletes, and
   * an object it missed would leave the snapshot listed, so garbage collection would not be exact.
   */
  public void deleteSnapshot(String snapshotId) throws IOException {
    Path dir = new Path(snapshotUri(snapshotId));
    for (int attempt = 1; attempt <= 3 && holdsFiles(dir); attempt++) {
      fs.delete(dir, true);
    }
  }

  /**
   * Copies the files of {@code dates} from one snapshot into another, server-side on S3 (the bytes
   * never pass through here), and checks that every copy is there with its source's size. Returns
   * the number of files copied.
   */
  public int copyDates(String fromSnapshot, String toSnapshot, Set<String> dates)
      throws IOException {
    if (dates.isEmpty()) {
      return 0;
    }
    String from = snapshotUri(fromSnapshot);
    String to = snapshotUri(toSnapshot);
    // One recursive listing: a paged LIST of the whole snapshot, not one request per date.
    Map<String, Long> sources = sizesBelow(from, dates);
    ObjectCopier copier = ObjectCopier.of(fs);
    ExecutorService pool = Executors.newFixedThreadPool(COPY_THREADS);
    try {
      List<Future<?>> copies = new ArrayList<>();
      for (String file : sources.keySet()) {
        copies.add(
            pool.submit(
                () -> {
                  copier.copy(new Path(from + "/" + file), new Path(to + "/" + file));
                  return null;
                }));
      }
      for (Future<?> copy : copies) {
        copy.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while copying snapshot " + fromSnapshot, e);
    } catch (ExecutionException e) {
      throw new IOException("copying a file of snapshot " + fromSnapshot + " failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Map<String, Long> copied = sizesBelow(to, dates);
    if (!copied.equals(sources)) {
      throw new MergeException(
          "snapshot "
              + toSnapshot
              + " holds "
              + copied.size()
              + " carried files, expected the "
              + sources.size()
              + " of snapshot "
              + fromSnapshot
              + " with their sizes; not published");
    }
    return sources.size();
  }

  /** The Parquet files below a snapshot on the given dates: path relative to it, and size. */
  private Map<String, Long> sizesBelow(String snapshot, Set<String> dates) throws IOException {
    Map<String, Long> sizes = new TreeMap<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(new Path(snapshot), true);
    String prefix = new Path(snapshot).toUri().getPath() + "/";
    while (it.hasNext()) {
      LocatedFileStatus status = it.next();
      String relative = status.getPath().toUri().getPath().substring(prefix.length());
      int slash = relative.indexOf('/');
      if (slash > 0
          && relative.startsWith(DATE_PREFIX)
          && dates.contains(relative.substring(DATE_PREFIX.length(), slash))
          && relative.endsWith(".parquet")) {
        sizes.put(relative, status.getLen());
      }
    }
    return sizes;
  }

  public void upload(java.nio.file.Path local, String key) throws IOException {
    fs.copyFromLocalFile(false, true, new Path(local.toUri()), new Path(lakeUri + "/" + key));
  }

  private boolean holdsFiles(Path dir) throws IOException {
    try {
      return fs.listFiles(dir, true).hasNext();
    } catch (java.io.FileNotFoundException e) {
      return false;
    }
  }

  private void write(Path path, byte[] bytes) throws IOException {
    try (FSDataOutputStream out = fs.create(path, true)) {
      out.write(bytes);
    }
  }
}
