package dev.shotcharts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkMergeLauncherTest {
  @Test
  void theDriverBindsLoopbackOnlyWhenEveryExecutorIsOnThisHost() {
    assertThat(SparkMergeLauncher.onThisHostOnly("local[*]")).isTrue();
    assertThat(SparkMergeLauncher.onThisHostOnly("local[2]")).isTrue();
    assertThat(SparkMergeLauncher.onThisHostOnly("spark://127.0.0.1:7077")).isTrue();
    assertThat(SparkMergeLauncher.onThisHostOnly("spark://localhost:7077")).isTrue();
    // compose's master: the executors in the worker's container must reach the driver
    assertThat(SparkMergeLauncher.onThisHostOnly("spark://spark-master:7077")).isFalse();
    assertThat(SparkMergeLauncher.onThisHostOnly("spark://10.0.0.5:7077")).isFalse();
  }
}
