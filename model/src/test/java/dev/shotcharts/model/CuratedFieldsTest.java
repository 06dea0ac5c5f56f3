package dev.shotcharts.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuratedFieldsTest {
  @Test
  void theColumnsAreTheSchemasFieldsInOrder() throws Exception {
    JsonNode schema = RecordJson.mapper().readTree(CuratedSchema.avroJson());
    List<String> fields = new ArrayList<>();
    schema.get("fields").forEach(f -> fields.add(f.get("name").asText()));
    assertThat(CuratedFields.NAMES).isEqualTo(fields);
    assertThat(CuratedFields.snakeCase("clockRemainingS")).isEqualTo("clock_remaining_s");
    assertThat(CuratedFields.snakeCase("xPx")).isEqualTo("x_px");
  }

  @Test
  void valuesFollowTheColumns() {
    Instant at = Instant.parse("2026-11-23T04:05:00Z");
    CuratedShot shot =
        new CuratedShot(
            "202410220BOS-BOS-0",
            "202410220BOS",
            2025,
            LocalDate.of(2024, 10, 22),
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
            at,
            at);
    Object[] values = CuratedFields.values(shot);
    assertThat(values).hasSize(CuratedFields.NAMES.size());
    assertThat(values[CuratedFields.NAMES.indexOf("game_date")])
        .isEqualTo(LocalDate.of(2024, 10, 22));
    assertThat(values[CuratedFields.NAMES.indexOf("player")]).isEqualTo("Jayson Tatum");
    assertThat(values[CuratedFields.NAMES.indexOf("home_pts")]).isEqualTo(132);
    assertThat(values[CuratedFields.NAMES.size() - 1]).isEqualTo(at);
  }
}
