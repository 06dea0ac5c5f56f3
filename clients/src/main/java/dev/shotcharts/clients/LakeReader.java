package dev.shotcharts.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads Parquet rows back from the bucket over plain S3, independently of Flink and Spark, so a
 * reconciliation does not trust the engine it checks.
 */
public final class LakeReader {
  private final S3Client s3;
  private final String bucket;

  public LakeReader(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** Committed Parquet files below a prefix (in-progress files start with a dot). */
  public List<String> parquetKeys(String prefix) {
    List<String> keys = new ArrayList<>();
    for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
      String name = o.key().substring(o.key().lastIndexOf('/') + 1);
      if (name.endsWith(".parquet") && !name.startsWith(".")) {
        keys.add(o.key());
      }
    }
    return keys;
  }

  public List<GenericRecord> rows(String prefix) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    for (String key : parquetKeys(prefix)) {
      rows.addAll(fileRows(key));
    }
    return rows;
  }

  /** The rows of one Parquet file. */
  public List<GenericRecord> fileRows(String key) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    Path tmp = download(key);
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(new LocalInputFile(tmp))
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord row; (row = reader.read()) != null; ) {
        rows.add(row);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return rows;
  }

  /** The rows of the committed Parquet files below a prefix, from their footers. */
  public long rowCount(String prefix) throws IOException {
    long rows = 0;
    for (String key : parquetKeys(prefix)) {
      Path tmp = download(key);
      try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(tmp))) {
        rows += footer.getRecordCount();
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return rows;
  }

  private Path download(String key) throws IOException {
    Path tmp = Files.createTempFile("lake-", ".parquet");
    Files.write(tmp, s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
    return tmp;
  }

  public String text(String key) {
    return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String().trim();
  }
}
