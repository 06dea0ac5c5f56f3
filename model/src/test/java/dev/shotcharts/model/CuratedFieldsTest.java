package dev.shotcharts.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
    CuratedShot shot = RecordJsonTest.CURATED;
    Object[] values = CuratedFields.values(shot);
    assertThat(values).hasSize(CuratedFields.NAMES.size());
    assertThat(values[CuratedFields.NAMES.indexOf("game_date")])
        .isEqualTo(LocalDate.of(2024, 10, 22));
    assertThat(values[CuratedFields.NAMES.indexOf("player")]).isEqualTo("Jayson Tatum");
    assertThat(values[CuratedFields.NAMES.indexOf("home_pts")]).isEqualTo(132);
    assertThat(values[CuratedFields.NAMES.size() - 1]).isEqualTo(shot.processedAt());
  }
}
