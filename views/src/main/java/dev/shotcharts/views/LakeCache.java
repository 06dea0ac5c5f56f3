package dev.shotcharts.views;

import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.model.LakeLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Local copies of the lake's files for the readers: the table's data files a scan names, and the
 * committed ongoing files of a season. A data file never changes once written, so each is fetched
 * once, by its path, and a second query downloads nothing that is not new.
 */
final class LakeCache {
  private static final Logger LOG = LoggerFactory.getLogger(LakeCache.class);

  private final S3Client s3;
  private final String bucket;
  private final Path cache;

  LakeCache(S3Client s3, String bucket, Path cache) {
    this.s3 = s3;
    this.bucket = bucket;
    this.cache = cache;
  }

  /** Local copies of the scan's data files, fetched if the cache lacks them. */
  List<Path> tableFiles(ShotsCatalog.Scan scan) throws IOException {
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
      fetch(key, cache.resolve("files").resolve(key));
      done += file.sizeBytes();
      if ((i + 1) % step == 0 || i + 1 == files.size()) {
        LOG.info("  {}/{} files, {} of {}", i + 1, files.size(), megabytes(done), megabytes(total));
      }
    }
  }

  /**
   * The object at {@code key} into {@code file}, whole or absent: later reads trust what is there.
   */
  private void fetch(String key, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path part = file.resolveSibling(file.getFileName() + ".download");
    Files.deleteIfExists(part);
    s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toFile(part));
    Files.move(part, file);
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

  /**
   * The local copy of the season's committed ongoing files: Flink commits a part file once under
   * its final name and never changes it, so a file is fetched once; one the merge has deleted is
   * deleted here too. In-progress files (their names start with a dot) are not read.
   */
  Path ongoing(int season) throws IOException {
    String prefix = LakeLayout.ongoingSeason(season) + "/";
    Path local = cache.resolve("ongoing").resolve("season=" + season);
    Files.createDirectories(local);
    Set<Path> committed = new HashSet<>();
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
        fetch(object.key(), file);
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
