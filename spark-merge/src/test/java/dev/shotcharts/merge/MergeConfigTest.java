package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            "s3a://lake",
            "spark://127.0.0.1:7077",
            "http://127.0.0.1:9000",
            3,
            true,
            "file:/tmp/events",
            false,
            false,
            true);
    assertThat(MergeConfig.fromArgs(full.toArgs().toArray(String[]::new))).isEqualTo(full);

    MergeConfig defaults =
        MergeConfig.of(MergeConfig.Verb.EXPORT, 2024, "s3a://b", null, null, null);
    assertThat(MergeConfig.fromArgs(defaults.toArgs().toArray(String[]::new))).isEqualTo(defaults);
    assertThat(defaults.keepSnapshots()).isEqualTo(MergeConfig.DEFAULT_KEEP_SNAPSHOTS);

    MergeConfig everySeason =
        MergeConfig.fromArgs(new String[] {"export", "--all-seasons", "--public-read"});
    assertThat(everySeason.allSeasons()).isTrue();
    assertThat(everySeason.publicRead()).isTrue();
    assertThat(MergeConfig.fromArgs(everySeason.toArgs().toArray(String[]::new)))
        .isEqualTo(everySeason);
  }

  @Test
  void badArgumentsSayWhatIsExpected() {
    assertThatThrownBy(() -> MergeConfig.fromArgs(new String[] {"merge"}))
        .hasMessageContaining("--season is required");
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
  }

  @Test
  void resultsTravelAsJson() {
    MergeResult result = new MergeResult(true, "20261123T225900211Z", 1, 11, 0, 0, 11, 1, 0);
    assertThat(RecordJson.fromJson(RecordJson.toJson(result), MergeResult.class)).isEqualTo(result);
    ExportResult export = new ExportResult(11, List.of("exports/shots-2024.tgz"));
    JobResult both = new JobResult(result, export, 2_900, 4_100, 1_200);
    assertThat(RecordJson.fromJson(RecordJson.toJson(both), JobResult.class)).isEqualTo(both);
    JobResult exportOnly = new JobResult(null, export, 2_900, 0, 1_200);
    assertThat(RecordJson.fromJson(RecordJson.toJson(exportOnly), JobResult.class))
        .isEqualTo(exportOnly);
  }
}
