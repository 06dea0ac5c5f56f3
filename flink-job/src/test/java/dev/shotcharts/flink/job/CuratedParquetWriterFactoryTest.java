package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.testing.SyntheticShots;
import dev.shotcharts.transform.ShotCurator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.local.LocalDataOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's Parquet writer honours every part of its {@link ParquetFormat}. */
class CuratedParquetWriterFactoryTest {
  private static final int SHOTS = 5_000;

  @TempDir Path dir;

  @Test
  void writesEveryShotWithTheCodecAndTheZstdLevelAsked() throws IOException {
    Path fast = write("fast.parquet", ParquetFormat.DEFAULT.withZstdLevel(1));
    Path small = write("small.parquet", ParquetFormat.DEFAULT.withZstdLevel(19));

    for (Path file : new Path[] {fast, small}) {
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        assertThat(reader.getRecordCount()).isEqualTo(SHOTS);
        assertThat(reader.getRowGroups().get(0).getColumns().get(0).getCodec())
            .isEqualTo(CompressionCodecName.ZSTD);
      }
    }
    // The level is a Parquet configuration key: it only counts if the writer's conf keeps it.
    assertThat(Files.size(small)).isLessThan(Files.size(fast));
  }

  @Test
  void writesTheFileParquetAvrosWriterWrites() throws IOException {
    Path straight = write("direct.parquet", ParquetFormat.DEFAULT);
    Path viaAvro = writeWithAvro("avro.parquet");
    try (ParquetFileReader a = ParquetFileReader.open(new LocalInputFile(straight));
        ParquetFileReader b = ParquetFileReader.open(new LocalInputFile(viaAvro))) {
      assertThat(a.getFileMetaData().getSchema()).isEqualTo(b.getFileMetaData().getSchema());
      assertThat(a.getFileMetaData().getKeyValueMetaData().get("parquet.avro.schema"))
          .isEqualTo(b.getFileMetaData().getKeyValueMetaData().get("parquet.avro.schema"));
    }
    assertThat(rows(straight)).hasSize(SHOTS).isEqualTo(rows(viaAvro));
  }

  /** Every row as Avro reads it back, nulls and logical types included. */
  private static List<String> rows(Path file) throws IOException {
    List<String> rows = new ArrayList<>();
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file))
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
        rows.add(r.toString());
      }
    }
    return rows;
  }

  /** The same shots through parquet-avro's writer, one Avro record each. */
  private Path writeWithAvro(String name) throws IOException {
    Path file = dir.resolve(name);
    Schema schema = new Schema.Parser().parse(CuratedSchema.avroJson());
    SyntheticShots synthetic = new SyntheticShots(7);
    ShotCurator curator = new ShotCurator();
    try (ParquetWriter<GenericRecord> writer =
        ParquetFormat.DEFAULT
            .applyTo(
                AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                    .withConf(new Configuration(false)))
            .withSchema(schema)
            .withDataModel(GenericData.get())
            .build()) {
      for (int i = 0; i < SHOTS; i++) {
        CuratedShot shot = curator.curate(synthetic.shot(i / 180, i % 180), Instant.EPOCH);
        writer.write(CuratedParquetWriterFactory.toAvro(shot, schema));
      }
    }
    return file;
  }

  private Path write(String name, ParquetFormat format) throws IOException {
    Path file = dir.resolve(name);
    SyntheticShots synthetic = new SyntheticShots(7);
    ShotCurator curator = new ShotCurator();
    try (LocalDataOutputStream out = new LocalDataOutputStream(file.toFile())) {
      BulkWriter<CuratedShot> writer = new CuratedParquetWriterFactory(format).create(out);
      for (int i = 0; i < SHOTS; i++) {
        writer.addElement(curator.curate(synthetic.shot(i / 180, i % 180), Instant.EPOCH));
      }
      writer.finish();
    }
    return file;
  }
}
