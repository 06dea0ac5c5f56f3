package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.model.Lake;
import dev.shotcharts.model.RecordJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the launcher sends the merge JVM and what comes back: typed on both sides. */
class MergeConfigTest {
  @Test
  void argumentsReadBackIntoTheSameConfig() {
    MergeConfig full =
        new MergeConfig(
            MergeConfig.Verb.MERGE,
            2025,
            2025,
            new Lake(
                "lake/prefix",
                "http://127.0.0.1:9000",
                "eu-west-1",
                "jdbc:sqlite:/tmp/catalog.db",
                java.util.Map.of("cache-enabled", "false")),
            "spark://127.0.0.1:7077",
            3,
            java.time.Duration.ofHours(12),
            java.time.Duration.ofSeconds(30),
            true,
            "file:/tmp/events",
            false,
            false,
            true);
    assertThat(MergeConfig.fromArgs(full.toArgs().toArray(String[]::new))).isEqualTo(full);

    MergeConfig defaults =
        MergeConfig.of(
            MergeConfig.Verb.EXPORT, 2024, Lake.of("b", null, "jdbc:sqlite:/c.db"), null, null);
    assertThat(MergeConfig.fromArgs(defaults.toArgs().toArray(String[]::new))).isEqualTo(defaults);
    assertThat(defaults.keepSnapshots()).isEqualTo(MergeConfig.DEFAULT_KEEP_SNAPSHOTS);

    MergeConfig everySeason =
        MergeConfig.fromArgs(
            new String[] {"export", "--all-seasons", "--public-read", "--catalog", "uri=jdbc:x"});
    assertThat(everySeason.allSeasons()).isTrue();
    assertThat(everySeason.publicRead()).isTrue();
    assertThat(everySeason.lake().catalogProperties()).containsEntry("uri", "jdbc:x");
    assertThat(MergeConfig.fromArgs(everySeason.toArgs().toArray(String[]::new)))
        .isEqualTo(everySeason);
  }

  @Test
  void badArgumentsSayWhatIsExpected() {
    assertThatThrownBy(() -> MergeConfig.fromArgs(new String[] {"merge"}))
        .hasMessageContaining("--season is required");
    assertThatThrownBy(() -> MergeConfig.fromArgs(new String[] {"merge", "--season", "1"}))
        .hasMessageContaining("the Iceberg catalog is required");
    assertThatThrownBy(() -> MergeConfig.fromArgs(new String[] {"copy", "--season", "1"}))
        .hasMessageContaining("unknown verb copy");
    assertThatThrownBy(() -> MergeConfig.fromArgs(new String[] {"merge", "--all-seasons"}))
        .hasMessageContaining("--all-seasons is for export only");
    assertThatThrownBy(
            () -> MergeConfig.fromArgs(new String[] {"export", "--all-seasons", "--season", "1"}))
        .hasMessageContaining("not both");
    assertThatThrownBy(
            () -> MergeConfig.fromArgs(new String[] {"export", "--season", "1", "--export"}))
        .hasMessageContaining("--export is for merge only");
    assertThatThrownBy(
            () ->
                MergeConfig.fromArgs(
                    new String[] {
                      "merge", "--season", "2001-2026", "--export", "--catalog-uri", "x"
                    }))
        .hasMessageContaining("a range is for a merge without --export");
    assertThatThrownBy(
            () ->
                MergeConfig.fromArgs(
                    new String[] {"export", "--season", "2001-2026", "--catalog-uri", "x"}))
        .hasMessageContaining("a range is for a merge without --export");
    assertThatThrownBy(
            () ->
                MergeConfig.fromArgs(
                    new String[] {"merge", "--season", "2026-2001", "--catalog-uri", "x"}))
        .hasMessageContaining("2026-2001");
  }

  @Test
  void aBackfillMergesARangeOfSeasonsInOneApplication() {
    MergeConfig range =
        MergeConfig.fromArgs(
            new String[] {"merge", "--season", "2001-2026", "--catalog-uri", "jdbc:sqlite:/c.db"});
    assertThat(range.seasons()).hasSize(26).startsWith(2001, 2002).endsWith(2026);
    assertThat(range.seasonsLabel()).isEqualTo("2001-2026");
    assertThat(MergeConfig.fromArgs(range.toArgs().toArray(String[]::new))).isEqualTo(range);
    assertThat(range.forSeason(2013).seasons()).containsExactly(2013);
    assertThat(range.forSeason(2013).toArgs()).containsSequence("--season", "2013");
  }

  @Test
  void resultsTravelAsJson() {
    MergeResult result = new MergeResult(true, 4_012_345_678L, 1, 11, 0, 11, 11, 1, 0, 0, 0);
    assertThat(RecordJson.fromJson(RecordJson.toJson(result), MergeResult.class)).isEqualTo(result);
    ExportResult export = new ExportResult(11, List.of("exports/shots-2024.tgz"));
    JobResult both = new JobResult(List.of(result), export, 2_900, 4_100, 1_200);
    assertThat(RecordJson.fromJson(RecordJson.toJson(both), JobResult.class)).isEqualTo(both);
    assertThat(both.merge()).isEqualTo(result);
    assertThat(RecordJson.toJson(both)).doesNotContain("\"merge\"");
    JobResult exportOnly = new JobResult(List.of(), export, 2_900, 0, 1_200);
    assertThat(RecordJson.fromJson(RecordJson.toJson(exportOnly), JobResult.class))
        .isEqualTo(exportOnly);
  }
}
