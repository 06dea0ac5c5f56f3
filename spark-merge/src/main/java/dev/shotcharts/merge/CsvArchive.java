package dev.shotcharts.merge;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.spark.sql.Row;

/** Writes rows as one CSV file inside a gzip tar, the legacy {@code shots-YYYY.tgz} format. */
public final class CsvArchive {
  private CsvArchive() {}

  /** Returns the number of data rows written. */
  public static long write(Iterator<Row> rows, List<String> header, String csvName, Path archive)
      throws IOException {
    Path csv = Files.createTempFile("shots-", ".csv");
    long count = 0;
    try {
      try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        out.write(String.join(",", header));
        out.write('\n');
        while (rows.hasNext()) {
          Row row = rows.next();
          for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
              out.write(',');
            }
            out.write(field(row.get(i)));
          }
          out.write('\n');
          count++;
        }
      }
      try (OutputStream file = Files.newOutputStream(archive);
          TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
        TarArchiveEntry entry = new TarArchiveEntry(csv.toFile(), csvName);
        tar.putArchiveEntry(entry);
        Files.copy(csv, tar);
        tar.closeArchiveEntry();
      }
    } finally {
      Files.deleteIfExists(csv);
    }
    return count;
  }

  /** RFC 4180: quote a field with a comma, quote or line break; null is empty. */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
