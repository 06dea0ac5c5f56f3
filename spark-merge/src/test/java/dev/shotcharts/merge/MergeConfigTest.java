package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.model.RecordJson;
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
            "file:/tmp/events");
    assertThat(MergeConfig.fromArgs(full.toArgs().toArray(String[]::new))).isEqualTo(full);

    MergeConfig defaults = MergeConfig.of(MergeConfig.Verb.EXPORT, 2024, "s3a://b", null, null);
    assertThat(MergeConfig.fromArgs(defaults.toArgs().toArray(String[]::new))).isEqualTo(defaults);
    assertThat(defaults.keepSnapshots()).isEqualTo(MergeConfig.DEFAULT_KEEP_SNAPSHOTS);
  }

  @Test
  void badArgumentsSayWhatIsExpected() {
    assertThatThrownBy(() -> MergeConfig.fromArgs(new String[] {"merge"}))
        .hasMessageContaining("--season is required");
    assertThatThrownBy(() -> MergeConfig.fromArgs(new String[] {"copy", "--season", "1"}))
        .hasMessageContaining("unknown verb copy");
  }

  @Test
  void resultsTravelAsJson() {
    MergeResult result = new MergeResult(true, "20261123T225900211Z", 1, 11, 0, 0, 11, 1, 0);
    assertThat(RecordJson.fromJson(RecordJson.toJson(result), MergeResult.class)).isEqualTo(result);
    assertThat(RecordJson.fromJson(RecordJson.toJson(new ExportResult(11)), ExportResult.class))
        .isEqualTo(new ExportResult(11));
  }
}
