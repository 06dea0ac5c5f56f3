package dev.shotcharts.flink.job;

import java.io.Serializable;
import java.util.Locale;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How the lake's Parquet files are encoded: codec, row-group and page sizes. The defaults (Snappy,
 * Parquet's own 128 MiB row groups and 1 MiB pages) are what the benchmarks measured best; the
 * options exist so a lever can be tried on the stack without a rebuild.
 */
public record ParquetFormat(CompressionCodecName codec, int rowGroupBytes, int pageBytes)
    implements Serializable {
  public static final ParquetFormat DEFAULT =
      new ParquetFormat(
          CompressionCodecName.SNAPPY,
          ParquetWriter.DEFAULT_BLOCK_SIZE,
          ParquetWriter.DEFAULT_PAGE_SIZE);

  /** From {@code --parquet-codec}, {@code --parquet-row-group-mb}, {@code --parquet-page-kb}. */
  public static ParquetFormat of(String codec, long rowGroupMb, long pageKb) {
    return new ParquetFormat(
        CompressionCodecName.valueOf(codec.toUpperCase(Locale.ROOT)),
        Math.toIntExact(rowGroupMb * 1024 * 1024),
        Math.toIntExact(pageKb * 1024));
  }
}
