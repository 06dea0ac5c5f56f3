package dev.shotcharts.transform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every break of the raw contract is a dead letter with its reason, never a row. */
class CurationTest {
  static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
  static final RawShot VALID =
      ShotCuratorTest.raw(
          "BOS",
          "make",
          1,
          "1st quarter, 11:41.0 remaining<br>Jayson Tatum made 3-pointer from 25 ft<br>Boston now"
              + " leads 3-0");
  static final byte[] KEY = VALID.gameId().getBytes(StandardCharsets.UTF_8);

  final Curation curation = new Curation();

  static ObjectNode json() {
    return RecordJson.mapper().valueToTree(VALID);
  }

  static Arguments broken(String what, Consumer<ObjectNode> change, String reason) {
    return Arguments.of(what, change, reason);
  }

  static Stream<Arguments> contractBreaks() {
    return Stream.of(
        broken("seq as a string", j -> j.put("seq", "907"), "field seq"),
        broken("seq as a fraction", j -> j.put("seq", 9.5), "field seq"),
        broken("season as a string", j -> j.put("season", "2025"), "field season"),
        broken("tip as a number", j -> j.put("tip", 3), "field tip"),
        broken("negative seq", j -> j.put("seq", -917), "seq is negative"),
        broken(
            "season that does not hold the date",
            j -> j.put("season", 2019),
            "season 2019 does not include game_date 2024-10-22"),
        broken(
            "a date of the next season",
            j -> j.put("game_date", "2025-11-02").put("game_id", "202511020BOS"),
            "season 2025 does not include"),
        broken(
            "game_id of another date",
            j -> j.put("game_id", "202410230BOS"),
            "does not match game_date"),
        broken(
            "game_id of another home team",
            j -> j.put("game_id", "202410220NYK"),
            "does not match home_team"),
        broken(
            "home team playing itself",
            j -> j.put("away_team", "BOS").put("away_name", "Boston"),
            "home_team and away_team are both BOS"),
        broken("lower-case team code", j -> j.put("team", "bos"), "team is not a team code"),
        broken("a tooltip of 2,000 characters", j -> j.put("tip", "x".repeat(2000)), "tip is"),
        broken("a long team name", j -> j.put("home_name", "B".repeat(65)), "home_name is 65"),
        broken("a long away name", j -> j.put("away_name", "N".repeat(65)), "away_name is 65"),
        broken("a long source url", j -> j.put("source_url", "h".repeat(2049)), "source_url is"),
        broken("a home team code", j -> j.put("home_team", "Boston"), "home_team is not"),
        broken("an away team code", j -> j.put("away_team", "ny"), "away_team is not"),
        broken("a tooltip of 1,001 characters", j -> j.put("tip", "x".repeat(1001)), "tip is 1001"),
        broken("a player id with spaces", j -> j.put("player_id", "Jayson Tatum"), "player_id"),
        broken("a game id that is no id", j -> j.put("game_id", "x".repeat(50)), "'xxxxxxxx"),
        broken("a date that is no date", j -> j.put("game_date", "22/10/2024"), "not an ISO"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractBreaks")
  void aContractBreakIsADeadLetterWithItsReason(
      String what, Consumer<ObjectNode> change, String reason) {
    ObjectNode record = json();
    change.accept(record);
    byte[] value = RecordJson.toBytes(record);
    Curation.Outcome outcome =
        curation.apply(value, Curation.Origin.kafka(Topics.SHOT_CHARTS, 1, 42, KEY), NOW);
    assertThat(outcome.curated()).as(what).isFalse();
    DeadLetter dead = outcome.deadLetter();
    assertThat(dead.error()).as(what).contains(reason);
    assertThat(dead.topic()).isEqualTo(Topics.SHOT_CHARTS);
    assertThat(dead.offset()).isEqualTo(42);
    assertThat(dead.value()).isEqualTo(new String(value, StandardCharsets.UTF_8));
  }

  @Test
  void recordsAtTheBoundsAreCurated() {
    ObjectNode atBounds = json();
    atBounds
        .put("seq", 0)
        .putNull("player_id")
        .put("away_name", "N".repeat(RawContract.MAX_NAME_LENGTH))
        .put("tip", VALID.tip() + " ".repeat(RawContract.MAX_TIP_LENGTH - VALID.tip().length()));
    Curation.Outcome outcome =
        curation.apply(
            RecordJson.toBytes(atBounds),
            Curation.Origin.kafka(Topics.SHOT_CHARTS, 0, 0, KEY),
            NOW);
    assertThat(outcome.curated()).as(String.valueOf(outcome.deadLetter())).isTrue();
    assertThat(outcome.shot().eventId()).endsWith("-BOS-0");
  }

  @Test
  void theReasonIsCutAtItsBoundAndSaysHowMuchWasCut() {
    String exact = "e".repeat(DeadLetters.MAX_ERROR_LENGTH);
    DeadLetter whole =
        DeadLetters.of(new IllegalStateException(exact), "t", 0, 0, null, new byte[0], NOW);
    assertThat(whole.error()).isEqualTo(exact);
    DeadLetter cut =
        DeadLetters.of(new IllegalStateException(exact + "xyz"), "t", 0, 0, null, null, NOW);
    assertThat(cut.error()).isEqualTo(exact + "… (3 more characters)");
    assertThat(cut.value()).isNull();
    assertThat(cut.valueEncoding()).isEqualTo("utf-8");
  }

  @Test
  void theValidRecordIsCurated() {
    Curation.Outcome outcome =
        curation.apply(
            RecordJson.toBytes(VALID), Curation.Origin.kafka(Topics.SHOT_CHARTS, 0, 0, KEY), NOW);
    assertThat(outcome.curated()).isTrue();
    assertThat(outcome.shot().eventId()).isEqualTo(VALID.eventId());
  }

  @Test
  void theKafkaKeyMustBeTheGameIdButAFileHasNone() {
    byte[] value = RecordJson.toBytes(VALID);
    assertThat(
            curation
                .apply(value, Curation.Origin.kafka(Topics.SHOT_CHARTS, 0, 0, null), NOW)
                .deadLetter()
                .error())
        .contains("key is null");
    assertThat(
            curation
                .apply(
                    value,
                    Curation.Origin.kafka(
                        Topics.SHOT_CHARTS, 0, 0, "202410220NYK".getBytes(StandardCharsets.UTF_8)),
                    NOW)
                .deadLetter()
                .error())
        .contains("not the game_id");
    assertThat(curation.apply(value, Curation.Origin.file("raw.jsonl", 1), NOW).curated()).isTrue();
  }

  @Test
  void aHugeBadRecordMakesABoundedDeadLetterThatKeepsEveryByte() {
    ObjectNode record = json();
    record.put("tip", "nonsense ".repeat(70_000)); // about 600 KB
    byte[] value = RecordJson.toBytes(record);
    DeadLetter dead =
        curation
            .apply(value, Curation.Origin.kafka(Topics.SHOT_CHARTS, 0, 7, KEY), NOW)
            .deadLetter();
    assertThat(dead.error().length()).isLessThanOrEqualTo(DeadLetters.MAX_ERROR_LENGTH + 40);
    assertThat(dead.value()).isEqualTo(new String(value, StandardCharsets.UTF_8));
    assertThat(RecordJson.toBytes(dead).length)
        .isLessThan(value.length + 10_000)
        .isLessThan(Topics.DEAD_LETTERS_MAX_BYTES);
  }

  @Test
  void controlCharactersAndInvalidUtf8AreKeptAsBase64() {
    byte[] controls = new byte[200_000]; // zeros: JSON would write six bytes for each
    byte[] invalid = {(byte) 0xC3, (byte) 0x28, 'x'};
    for (byte[] value : new byte[][] {controls, invalid}) {
      DeadLetter dead =
          curation
              .apply(value, Curation.Origin.kafka(Topics.SHOT_CHARTS, 0, 0, KEY), NOW)
              .deadLetter();
      assertThat(dead.valueEncoding()).isEqualTo("base64");
      assertThat(Base64.getDecoder().decode(dead.value())).isEqualTo(value);
      assertThat(RecordJson.toBytes(dead).length).isLessThan(value.length * 4 / 3 + 2_000);
    }
  }

  @Test
  void aSeasonRunsFromSeptemberToOctober() {
    assertThat(RawContract.inSeason(2020, java.time.LocalDate.of(2020, 10, 11)))
        .as("the 2020 finals, played in October")
        .isTrue();
    assertThat(RawContract.inSeason(2025, java.time.LocalDate.of(2024, 10, 22))).isTrue();
    assertThat(RawContract.inSeason(2025, java.time.LocalDate.of(2025, 6, 22))).isTrue();
    assertThat(RawContract.inSeason(2025, java.time.LocalDate.of(2024, 8, 31))).isFalse();
    assertThat(RawContract.inSeason(2019, java.time.LocalDate.of(2025, 5, 31))).isFalse();
  }
}
