package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The lake's plain files, outside the table: a season's ongoing part files (the Flink job's staging
 * area), which a merge reads and then deletes, and the legacy exports.
 */
public final class LakeFiles {
  private final FileSystem fs;
  private final String lakeUri;
  private final int season;

  public LakeFiles(FileSystem fs, String lakeUri, int season) {
    this.fs = fs;
    this.lakeUri = lakeUri;
    this.season = season;
  }

  public String ongoingUri() {
    return lakeUri + "/" + LakeLayout.ongoingSeason(season);
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

  public void upload(java.nio.file.Path local, String key) throws IOException {
    fs.copyFromLocalFile(false, true, new Path(local.toUri()), new Path(lakeUri + "/" + key));
  }
}
