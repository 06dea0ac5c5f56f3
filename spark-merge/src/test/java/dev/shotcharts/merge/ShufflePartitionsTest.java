package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {
  @Test
  void sizedToTheDataAndTheCores() {
    assertThat(ShufflePartitions.forRows(11, 2)).as("the demo").isEqualTo(2);
    assertThat(ShufflePartitions.forRows(236_880, 2)).as("a season").isEqualTo(2);
    assertThat(ShufflePartitions.forRows(500_001, 2)).isEqualTo(2);
    assertThat(ShufflePartitions.forRows(1_500_001, 2)).isEqualTo(4);
    assertThat(ShufflePartitions.forRows(5_600_000, 8)).as("25 seasons").isEqualTo(12);
    assertThat(ShufflePartitions.forRows(0, 0)).isEqualTo(1);
    assertThat(ShufflePartitions.forRows(Long.MAX_VALUE / 2, 2)).isEqualTo(200);
  }
}
