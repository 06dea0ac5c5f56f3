package dev.shotcharts.scraper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Raw HTML kept on disk, so a parser fix can re-run without fetching again, with the validators
 * (ETag, Last-Modified) for conditional requests.
 */
public final class PageCache {
  /** A cached page and its validators (either may be null). */
  public record Entry(byte[] body, String etag, String lastModified) {}

  private final Path dir;

  public PageCache(Path dir) {
    this.dir = dir;
  }

  public Optional<Entry> get(String path) throws IOException {
    Path body = file(path, ".html");
    if (!Files.isRegularFile(body)) {
      return Optional.empty();
    }
    Properties meta = new Properties();
    Path metaFile = file(path, ".meta");
    if (Files.isRegularFile(metaFile)) {
      try (var in = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
        meta.load(in);
      }
    }
    return Optional.of(
        new Entry(
            Files.readAllBytes(body), meta.getProperty("etag"), meta.getProperty("last-modified")));
  }

  public void put(String path, Entry entry) throws IOException {
    Files.createDirectories(dir);
    Files.write(file(path, ".html"), entry.body());
    Properties meta = new Properties();
    if (entry.etag() != null) {
      meta.setProperty("etag", entry.etag());
    }
    if (entry.lastModified() != null) {
      meta.setProperty("last-modified", entry.lastModified());
    }
    try (var out = Files.newBufferedWriter(file(path, ".meta"), StandardCharsets.UTF_8)) {
      meta.store(out, path);
    }
  }

  private Path file(String path, String suffix) {
    return dir.resolve(path.replaceAll("[^A-Za-z0-9._-]", "_") + suffix);
  }
}
