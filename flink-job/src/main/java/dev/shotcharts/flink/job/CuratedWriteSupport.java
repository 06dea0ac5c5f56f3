package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedFields;
import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.CuratedShot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes a curated shot straight into Parquet's record consumer, column by column: no Avro record
 * per shot in between. The file is the one the Avro writer wrote (the same Parquet schema,
 * converted from the model's Avro schema, and the Avro schema in the footer), so every reader reads
 * it alike.
 */
final class CuratedWriteSupport extends WriteSupport<CuratedShot> {
  private static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";

  private final String avroJson = CuratedSchema.avroJson();
  private List<Type> columns;
  private RecordConsumer consumer;

  @Override
  public WriteContext init(Configuration configuration) {
    Schema avro = new Schema.Parser().parse(avroJson);
    MessageType schema = new AvroSchemaConverter(configuration).convert(avro);
    columns = schema.getFields();
    Map<String, String> footer = new HashMap<>();
    footer.put(AVRO_SCHEMA_KEY, avro.toString());
    footer.put("writer.model.name", "avro");
    return new WriteContext(schema, footer);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(CuratedShot shot) {
    Object[] values = CuratedFields.values(shot);
    consumer.startMessage();
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        continue; // an optional column without a value
      }
      String name = columns.get(i).getName();
      consumer.startField(name, i);
      add(name, value);
      consumer.endField(name, i);
    }
    consumer.endMessage();
  }

  /** One value, in the schema's representation ({@link CuratedParquetWriterFactory#avroValue}). */
  private void add(String name, Object value) {
    Object parquet = CuratedParquetWriterFactory.avroValue(value);
    if (parquet instanceof String s) {
      consumer.addBinary(Binary.fromString(s));
    } else if (parquet instanceof Integer n) {
      consumer.addInteger(n);
    } else if (parquet instanceof Long n) {
      consumer.addLong(n);
    } else if (parquet instanceof Double d) {
      consumer.addDouble(d);
    } else if (parquet instanceof Boolean b) {
      consumer.addBoolean(b);
    } else {
      throw new IllegalArgumentException(
          "column " + name + ": no Parquet value for " + value.getClass());
    }
  }
}
