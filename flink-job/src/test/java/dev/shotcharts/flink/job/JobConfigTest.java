package dev.shotcharts.flink.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.model.StateBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

class JobConfigTest {
  @Test
  void defaultsAreTheProductionSettings() {
    JobConfig config = JobConfig.fromArgs(new String[0]);
    assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.stateBackend()).isEqualTo(StateBackend.ROCKSDB);
    assertThat(config.objectReuse()).isTrue();
    assertThat(config.parquet()).isEqualTo(ParquetFormat.DEFAULT);
    assertThat(config.ongoingUri()).isEqualTo("s3://nba-shot-charts/shots/ongoing");
  }

  @Test
  void readsTheTuningLevers() {
    JobConfig config =
        JobConfig.fromArgs(
            new String[] {
              "--object-reuse", "false",
              "--parquet-codec", "snappy",
              "--parquet-zstd-level", "1",
              "--parquet-row-group-mb", "16",
              "--parquet-page-kb", "64"
            });
    assertThat(config.objectReuse()).isFalse();
    assertThat(config.parquet())
        .isEqualTo(new ParquetFormat(CompressionCodecName.SNAPPY, 1, 16 << 20, 64 << 10));
  }

  @Test
  void itsArgumentsReadBackIntoTheSameConfig() {
    JobConfig config =
        JobConfig.defaults("kafka:9092", "s3://lake/bench")
            .withTopics("raw", "letters")
            .withGroupId("bench-x")
            .withCheckpointInterval(Duration.ofMillis(2_500))
            .withStateBackend(StateBackend.HASHMAP)
            .stoppingAtLatestOffsets();
    assertThat(JobConfig.fromArgs(config.toArgs().toArray(String[]::new))).isEqualTo(config);
    JobConfig levers =
        JobConfig.fromArgs(
            new String[] {
              "--object-reuse", "false", "--parquet-codec", "snappy", "--parquet-page-kb", "64"
            });
    assertThat(JobConfig.fromArgs(levers.toArgs().toArray(String[]::new))).isEqualTo(levers);
  }

  @Test
  void aLeverAfterTheArgumentsOverridesThem() {
    List<String> args = new ArrayList<>(JobConfig.defaults("kafka:9092", "s3://lake").toArgs());
    args.addAll(List.of("--object-reuse", "false", "--parquet-zstd-level", "1"));
    JobConfig config = JobConfig.fromArgs(args.toArray(String[]::new));
    assertThat(config.objectReuse()).isFalse();
    assertThat(config.parquet().zstdLevel()).isEqualTo(1);
  }

  @Test
  void refusesAnUnknownStateBackendOrCodec() {
    assertThatThrownBy(() -> JobConfig.fromArgs(new String[] {"--state-backend", "memory"}))
        .hasMessageContaining("hashmap or rocksdb");
    assertThatThrownBy(() -> JobConfig.fromArgs(new String[] {"--parquet-codec", "zip"}))
        .hasMessageContaining("--parquet-codec is one of")
        .hasMessageContaining("not zip");
    assertThatThrownBy(() -> JobConfig.fromArgs(new String[] {"--parquet-zstd-level", "0"}))
        .hasMessageContaining("--parquet-zstd-level is 1 (fastest) to 22 (smallest), not 0");
  }
}
