package dev.shotcharts.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON (de)serialisation of the record contracts; one configured mapper for the whole project. */
public final class RecordJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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
    if (version == null || !version.canConvertToInt()) {
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
