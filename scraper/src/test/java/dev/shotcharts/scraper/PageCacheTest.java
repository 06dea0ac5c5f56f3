package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {
  @Test
  void aPageComesBackWithItsValidators(@TempDir Path dir) throws Exception {
    PageCache cache = new PageCache(dir.resolve("cache"));
    assertThat(cache.get("/leagues/NBA_2025_games.html")).isEmpty();
    byte[] body = "<html>ok</html>".getBytes(StandardCharsets.UTF_8);
    cache.put("/leagues/NBA_2025_games.html", new PageCache.Entry(body, "\"v1\"", "Tue, 22 Oct"));
    PageCache.Entry entry = cache.get("/leagues/NBA_2025_games.html").orElseThrow();
    assertThat(entry.body()).isEqualTo(body);
    assertThat(entry.etag()).isEqualTo("\"v1\"");
    assertThat(entry.lastModified()).isEqualTo("Tue, 22 Oct");
    assertThat(cache.get("/leagues/NBA_2025_games-october.html")).as("another page").isEmpty();
  }

  @Test
  void validatorsAreOptionalAndAPageWithoutItsMetaFileStillReads(@TempDir Path dir)
      throws Exception {
    PageCache cache = new PageCache(dir);
    cache.put("/a.html", new PageCache.Entry(new byte[] {1}, null, null));
    PageCache.Entry entry = cache.get("/a.html").orElseThrow();
    assertThat(entry.etag()).isNull();
    assertThat(entry.lastModified()).isNull();
    try (var files = Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(".meta")).forEach(f -> f.toFile().delete());
    }
    assertThat(cache.get("/a.html")).get().extracting(PageCache.Entry::etag).isNull();
    assertThat(dir.resolve("_a.html.html")).exists();
  }
}
