package dev.shotcharts.flink.job;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How the lake's Parquet files are encoded: codec, row-group and page sizes. The options exist so a
 * lever can be tried on the stack without a rebuild; docs/benchmarks.md records what each changed.
 *
 * <p>ZSTD, not Snappy: Parquet's Snappy compressor keeps direct buffers in Hadoop's codec pool (one
 * per concurrently open file, never freed; PARQUET-118), and after a few job restarts on the same
 * task manager the pools of the old jobs ran it out of direct memory. ZSTD works on heap buffers,
 * writes smaller files and measured as fast.
 */
public record ParquetFormat(CompressionCodecName codec, int rowGroupBytes, int pageBytes)
    implements Serializable {
  public static final ParquetFormat DEFAULT =
      new ParquetFormat(
          CompressionCodecName.ZSTD,
          ParquetWriter.DEFAULT_BLOCK_SIZE,
          ParquetWriter.DEFAULT_PAGE_SIZE);

  /** From {@code --parquet-codec}, {@code --parquet-row-group-mb}, {@code --parquet-page-kb}. */
  public static ParquetFormat of(String codec, long rowGroupMb, long pageKb) {
    return new ParquetFormat(
        codec(codec), Math.toIntExact(rowGroupMb * 1024 * 1024), Math.toIntExact(pageKb * 1024));
  }

  private static CompressionCodecName codec(String name) {
    try {
      return CompressionCodecName.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--parquet-codec is one of "
              + Arrays.toString(CompressionCodecName.values()).toLowerCase(Locale.ROOT)
              + ", not "
              + name,
          e);
    }
  }

  /** Applies this format to a writer builder. */
  public <B extends ParquetWriter.Builder<?, B>> B applyTo(B builder) {
    return builder
        .withCompressionCodec(codec)
        .withRowGroupSize(rowGroupBytes)
        .withPageSize(pageBytes);
  }
}
