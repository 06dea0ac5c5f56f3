package dev.shotcharts.flink.job;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.codec.ZstandardCodec;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How the lake's Parquet files are encoded: codec, ZSTD level, row-group and page sizes. The
 * options exist so a lever can be tried on the stack without a rebuild; docs/benchmarks.md records
 * what each changed.
 *
 * <p>ZSTD, not Snappy: Parquet's Snappy compressor keeps direct buffers in Hadoop's codec pool (one
 * per concurrently open file, never freed; PARQUET-118), and after a few job restarts on the same
 * task manager the pools of the old jobs ran it out of direct memory. ZSTD works on heap buffers
 * and writes smaller files.
 */
public record ParquetFormat(
    CompressionCodecName codec, int zstdLevel, int rowGroupBytes, int pageBytes)
    implements Serializable {
  public static final ParquetFormat DEFAULT =
      new ParquetFormat(
          CompressionCodecName.ZSTD,
          ZstandardCodec.DEFAULT_PARQUET_COMPRESS_ZSTD_LEVEL,
          ParquetWriter.DEFAULT_BLOCK_SIZE,
          ParquetWriter.DEFAULT_PAGE_SIZE);

  public ParquetFormat {
    if (zstdLevel < 1 || zstdLevel > 22) {
      throw new IllegalArgumentException(
          "--parquet-zstd-level is 1 (fastest) to 22 (smallest), not " + zstdLevel);
    }
  }

  /**
   * From {@code --parquet-codec}, {@code --parquet-zstd-level}, {@code --parquet-row-group-mb} and
   * {@code --parquet-page-kb}.
   */
  public static ParquetFormat of(String codec, long zstdLevel, long rowGroupMb, long pageKb) {
    return new ParquetFormat(
        codec(codec),
        Math.toIntExact(zstdLevel),
        Math.toIntExact(rowGroupMb * 1024 * 1024),
        Math.toIntExact(pageKb * 1024));
  }

  /** This format with another ZSTD level. */
  public ParquetFormat withZstdLevel(int level) {
    return new ParquetFormat(codec, level, rowGroupBytes, pageBytes);
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

  /**
   * Applies this format to a writer builder; after {@code withConf}, which would replace the level.
   */
  public <B extends ParquetWriter.Builder<?, B>> B applyTo(B builder) {
    return builder
        .withCompressionCodec(codec)
        .config(ZstandardCodec.PARQUET_COMPRESS_ZSTD_LEVEL, String.valueOf(zstdLevel))
        .withRowGroupSize(rowGroupBytes)
        .withPageSize(pageBytes);
  }
}
