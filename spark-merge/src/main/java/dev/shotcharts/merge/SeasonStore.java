package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
