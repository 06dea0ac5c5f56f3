package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a job on a cluster gives up waiting for executors, and what it says. */
class ExecutorWaitTest {
  static final long S = 1_000_000_000L;

  @Test
  void noExecutorEverGrantedGivesUpAfterTheBound() {
    ExecutorWait wait = new ExecutorWait("spark://m:7077", Duration.ofSeconds(10), 0);
    assertThat(wait.observe(0, 5 * S)).isEmpty();
    assertThat(wait.observe(0, 10 * S)).as("at the bound: still waiting").isEmpty();
    assertThat(wait.observe(0, 11 * S))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .startsWith("the Spark cluster at spark://m:7077 granted no executor"));
  }

  @Test
  void executorsLostAreWaitedForOnceMoreThenGivenUp() {
    ExecutorWait wait = new ExecutorWait("spark://m:7077", Duration.ofSeconds(10), 0);
    assertThat(wait.observe(2, 3 * S)).isEmpty();
    assertThat(wait.observe(0, 12 * S)).as("lost 9 s ago").isEmpty();
    assertThat(wait.observe(1, 12 * S)).as("one came back").isEmpty();
    assertThat(wait.observe(0, 20 * S)).isEmpty();
    assertThat(wait.observe(0, 23 * S))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .contains("lost every executor and gave none back within 10 s")
                    .contains("is its master up"));
  }
}
