package dev.shotcharts.merge;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The curated record as a Spark schema, derived from the model's Parquet (Avro) schema so the
 * writer and the merge can never disagree on a column.
 */
public final class CuratedColumns {
  public static final StructType SCHEMA = fromAvro(CuratedSchema.avroJson());

  private CuratedColumns() {}

  /** The contract's columns, in order and with their types; fails on a missing column. */
  public static Dataset<Row> conform(Dataset<Row> shots) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : SCHEMA.fields()) {
      columns.add(col(field.name()).cast(field.dataType()).as(field.name()));
    }
    return shots.select(columns.toArray(Column[]::new));
  }

  /** True for a row with a null in a column the contract requires (or a column it lacks). */
  public static Column anyRequiredNull() {
    Column any = lit(false);
    for (StructField field : SCHEMA.fields()) {
      if (!field.nullable()) {
        any = any.or(col(field.name()).isNull());
      }
    }
    return any;
  }

  static StructType fromAvro(String avroJson) {
    JsonNode schema;
    try {
      schema = RecordJson.mapper().readTree(avroJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<StructField> fields = new ArrayList<>();
    for (JsonNode field : schema.get("fields")) {
      JsonNode type = field.get("type");
      boolean nullable = type.isArray(); // ["null", T]: the only unions the schema uses
      fields.add(
          DataTypes.createStructField(
              field.get("name").textValue(), sparkType(nullable ? type.get(1) : type), nullable));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType sparkType(JsonNode avroType) {
    if (avroType.isObject()) {
      return switch (avroType.get("logicalType").textValue()) {
        case "date" -> DataTypes.DateType;
        case "timestamp-millis", "timestamp-micros" -> DataTypes.TimestampType;
        default -> throw new IllegalArgumentException("unsupported logical type " + avroType);
      };
    }
    return switch (avroType.textValue()) {
      case "string" -> DataTypes.StringType;
      case "int" -> DataTypes.IntegerType;
      case "long" -> DataTypes.LongType;
      case "double" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      default -> throw new IllegalArgumentException("unsupported type " + avroType);
    };
  }
}
