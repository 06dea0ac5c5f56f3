package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedFields;
import dev.shotcharts.model.CuratedShot;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.formats.parquet.ParquetWriterFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;

/**
 * Writes curated shots as Parquet with the curated schema of the model, straight from the record
 * ({@link CuratedWriteSupport}): the file parquet-avro's writer wrote, with no Avro record per shot
 * in between.
 */
public final class CuratedParquetWriterFactory implements BulkWriter.Factory<CuratedShot> {
  private final ParquetFormat format;

  public CuratedParquetWriterFactory(ParquetFormat format) {
    this.format = format;
  }

  @Override
  public BulkWriter<CuratedShot> create(FSDataOutputStream out) throws IOException {
    ParquetFormat f = format;
    // Without defaults: a default Hadoop Configuration parses its XML files again for every part
    // file (~1,000 entries).
    return new ParquetWriterFactory<CuratedShot>(
            file -> f.applyTo(new DirectBuilder(file).withConf(new Configuration(false))).build())
        .create(out);
  }

  /** A Parquet writer of {@link CuratedWriteSupport}. */
  private static final class DirectBuilder
      extends ParquetWriter.Builder<CuratedShot, DirectBuilder> {
    DirectBuilder(OutputFile file) {
      super(file);
    }

    @Override
    protected DirectBuilder self() {
      return this;
    }

    @Override
    protected WriteSupport<CuratedShot> getWriteSupport(Configuration conf) {
      return new CuratedWriteSupport();
    }
  }

  /**
   * The curated shot as a record of the Parquet (Avro) schema, column by column: for writers of the
   * same file with parquet-avro (the benchmarks' ceiling and seeder, the writer's test).
   */
  public static GenericRecord toAvro(CuratedShot s, Schema schema) {
    GenericData.Record r = new GenericData.Record(schema);
    Object[] values = CuratedFields.values(s);
    for (int i = 0; i < values.length; i++) {
      r.put(i, avroValue(values[i]));
    }
    return r;
  }

  /** The schema's logical types: {@code date} is days, {@code timestamp-millis} milliseconds. */
  static Object avroValue(Object value) {
    if (value instanceof LocalDate date) {
      return (int) date.toEpochDay();
    }
    if (value instanceof Instant instant) {
      return instant.toEpochMilli();
    }
    return value;
  }
}
