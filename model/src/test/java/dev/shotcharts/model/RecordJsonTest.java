package dev.shotcharts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  static final CuratedShot CURATED =
      new CuratedShot(
          "202410220BOS-BOS-17",
          "202410220BOS",
          2025,
          LocalDate.parse("2024-10-22"),
          "BOS",
          "NYK",
          "BOS",
          "NYK",
          "Jayson Tatum",
          1,
          "1st quarter",
          701.0,
          19.0,
          true,
          3,
          25,
          231,
          50,
          -1.9,
          0.2,
          "above_break_3",
          3,
          0,
          132,
          109,
          "tip",
          "url",
          Instant.parse("2026-11-23T04:05:00Z"),
          Instant.parse("2026-11-23T04:06:00Z"));

  static final RawShot RAW =
      new RawShot(
          1,
          "202410220BOS",
          2025,
          "2024-10-22",
          "BOS",
          "NYK",
          "BOS",
          17,
          231,
          50,
          "make",
          "tatumja01",
          1,
          "Boston",
          "New York",
          132,
          109,
          "1st quarter, 11:41.0 remaining<br>Jayson Tatum made 3-pointer from 25 ft<br>Boston now"
              + " leads 3-0",
          "http://127.0.0.1/boxscores/shot-chart/202410220BOS.html",
          "2026-11-23T04:05:00Z");

  @Test
  void rawShotRoundTripsWithTheContractFieldNames() throws Exception {
    byte[] json = RecordJson.toBytes(RAW);
    JsonNode tree = RecordJson.mapper().readTree(json);
    assertThat(tree.get("schema_version").intValue()).isEqualTo(1);
    assertThat(tree.get("x_px").intValue()).isEqualTo(231);
    assertThat(tree.get("player_id").textValue()).isEqualTo("tatumja01");
    assertThat(tree.get("home_pts").intValue()).isEqualTo(132);
    assertThat(tree.has("event_id")).isFalse();
    assertThat(RecordJson.readRawShot(json)).isEqualTo(RAW);
  }

  @Test
  void nullablePartsStayNull() {
    RawShot bare =
        new RawShot(
            1,
            "g",
            2025,
            "2024-10-22",
            "BOS",
            "NYK",
            "NYK",
            0,
            1,
            2,
            "miss",
            null,
            null,
            "Boston",
            "New York",
            null,
            null,
            "tip",
            "url",
            "2026-11-23T04:05:00Z");
    assertThat(RecordJson.readRawShot(RecordJson.toBytes(bare))).isEqualTo(bare);
  }

  @Test
  void unknownSchemaVersionIsRejectedWithAClearMessage() {
    String json = RecordJson.toJson(RAW).replace("\"schema_version\":1", "\"schema_version\":2");
    assertThatThrownBy(() -> RecordJson.readRawShot(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("unknown schema_version 2 (this build reads 1)");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    String json = RecordJson.toJson(RAW).replace("\"tip\":", "\"tooltip\":");
    assertThatThrownBy(() -> RecordJson.readRawShot(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("missing required field tip");
  }

  @Test
  void aBlankOrNullRequiredFieldIsMissing() {
    String blank = RecordJson.toJson(RAW).replace("\"team\":\"BOS\"", "\"team\":\"  \"");
    assertThatThrownBy(() -> RecordJson.readRawShot(blank.getBytes(StandardCharsets.UTF_8)))
        .hasMessage("missing required field team");
    String nulled = RecordJson.toJson(RAW).replace("\"seq\":17", "\"seq\":null");
    assertThatThrownBy(() -> RecordJson.readRawShot(nulled.getBytes(StandardCharsets.UTF_8)))
        .hasMessage("missing required field seq");
  }

  @Test
  void typesAreStrictAndTheMessageNamesTheField() {
    String json = RecordJson.toJson(RAW);
    for (String wrong :
        new String[] {
          json.replace("\"seq\":17", "\"seq\":\"17\""),
          json.replace("\"seq\":17", "\"seq\":17.5"),
          json.replace("\"x_px\":231", "\"x_px\":true"),
        }) {
      assertThatThrownBy(() -> RecordJson.readRawShot(wrong.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageStartingWith("field ")
          .hasMessageContaining("does not match the raw contract");
    }
    String textAsNumber = json.replace("\"home_name\":\"Boston\"", "\"home_name\":7");
    assertThatThrownBy(() -> RecordJson.readRawShot(textAsNumber.getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("field home_name");
    String versionAsText = json.replace("\"schema_version\":1", "\"schema_version\":\"1\"");
    assertThatThrownBy(() -> RecordJson.readRawShot(versionAsText.getBytes(StandardCharsets.UTF_8)))
        .hasMessage("missing schema_version");
  }

  @Test
  void garbageIsNotJson() {
    assertThatThrownBy(() -> RecordJson.readRawShot("{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("not valid JSON");
  }

  @Test
  void eventIdIsGameTeamSeq() {
    assertThat(RAW.eventId()).isEqualTo("202410220BOS-BOS-17");
  }

  @Test
  void curatedShotRoundTripsWithIsoDatesAndParquetColumnNames() throws Exception {
    CuratedShot shot = CURATED;
    String json = RecordJson.toJson(shot);
    JsonNode tree = RecordJson.mapper().readTree(json);
    assertThat(tree.get("game_date").textValue()).isEqualTo("2024-10-22");
    assertThat(tree.get("clock_remaining_s").doubleValue()).isEqualTo(701.0);
    assertThat(tree.get("scraped_at").textValue()).isEqualTo("2026-11-23T04:05:00Z");
    assertThat(RecordJson.fromJson(json, CuratedShot.class)).isEqualTo(shot);

    // Every JSON field is a column of the Parquet schema, in the same order.
    JsonNode avro = RecordJson.mapper().readTree(CuratedSchema.avroJson());
    var columns = new java.util.ArrayList<String>();
    avro.get("fields").forEach(f -> columns.add(f.get("name").textValue()));
    var jsonFields = new java.util.ArrayList<String>();
    tree.fieldNames().forEachRemaining(jsonFields::add);
    assertThat(jsonFields).containsExactlyElementsOf(columns);
  }
}
