package dev.shotcharts.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** JSON (de)serialisation of the record contracts; one configured mapper for the whole project. */
public final class RecordJson {
  private static final ObjectMapper MAPPER = strict(new ObjectMapper());

  /**
   * Strict typing: a number is never read from a string ({@code "907"}) or a fraction, a string
   * never from a number or a boolean, a boolean never from anything else; a missing primitive is an
   * error, not 0.
   */
  private static ObjectMapper strict(ObjectMapper mapper) {
    mapper
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  private RecordJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] toBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(Object value) {
    return new String(toBytes(value), StandardCharsets.UTF_8);
  }

  public static <T> T fromJson(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new InvalidRecordException("not a valid " + type.getSimpleName() + ": " + e, e);
    }
  }

  /**
   * Reads a raw shot, rejecting unknown schema versions and missing required fields with a message
   * that names the field.
   */
  public static RawShot readRawShot(byte[] bytes) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidRecordException("not a JSON object");
    }
    JsonNode version = tree.get("schema_version");
    if (version == null || !version.isInt()) {
      throw new InvalidRecordException("missing schema_version");
    }
    if (version.intValue() != RawShot.SCHEMA_VERSION) {
      throw new InvalidRecordException(
          "unknown schema_version "
              + version.intValue()
              + " (this build reads "
              + RawShot.SCHEMA_VERSION
              + ")");
    }
    for (String field : RAW_REQUIRED) {
      JsonNode node = tree.get(field);
      if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
        throw new InvalidRecordException("missing required field " + field);
      }
    }
    try {
      return MAPPER.treeToValue(tree, RawShot.class);
    } catch (JsonMappingException e) {
      String field =
          e.getPath().stream()
              .map(JsonMappingException.Reference::getFieldName)
              .filter(java.util.Objects::nonNull)
              .reduce((a, b) -> a + "." + b)
              .orElse("?");
      throw new InvalidRecordException(
          "field " + field + " does not match the raw contract: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InvalidRecordException("raw shot does not match its contract: " + e, e);
    }
  }

  private static final String[] RAW_REQUIRED = {
    "game_id",
    "season",
    "game_date",
    "home_team",
    "away_team",
    "team",
    "seq",
    "x_px",
    "y_px",
    "result",
    "tip"
  };
}
