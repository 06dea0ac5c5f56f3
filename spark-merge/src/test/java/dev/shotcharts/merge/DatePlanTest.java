package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which dates a week rewrites and which the new snapshot carries over unchanged. */
class DatePlanTest {
  static final Map<String, DatePartition> SNAPSHOT =
      Map.of(
          "2024-10-22", new DatePartition(20, List.of("202410220BOS", "202410220LAL")),
          "2024-10-23", new DatePartition(10, List.of("202410230NYK")),
          "2024-10-24", new DatePartition(5, List.of("202410240MIA")));

  @Test
  void aWeekRewritesItsOwnDatesAndCarriesTheRest() {
    DatePlan plan =
        DatePlan.of(
            SNAPSHOT,
            Map.of(
                "2024-10-24", new DatePartition(7, List.of("202410240MIA")),
                "2024-10-25", new DatePartition(3, List.of("202410250DEN"))));
    assertThat(plan.rewritten()).containsExactly("2024-10-24", "2024-10-25");
    assertThat(plan.carried()).containsOnlyKeys("2024-10-22", "2024-10-23");
    assertThat(plan.snapshotDatesToRead(SNAPSHOT)).containsExactly("2024-10-24");
    assertThat(DatePlan.rows(plan.carried())).isEqualTo(30);
  }

  @Test
  void aDateHoldingAGameOfTheWeekIsRewrittenEvenIfTheWeekPutsItElsewhere() {
    // The site moved game 202410230NYK to the 25th: its old rows must not stay on the 23rd.
    DatePlan plan =
        DatePlan.of(SNAPSHOT, Map.of("2024-10-25", new DatePartition(10, List.of("202410230NYK"))));
    assertThat(plan.rewritten()).containsExactly("2024-10-23", "2024-10-25");
    assertThat(plan.carried()).containsOnlyKeys("2024-10-22", "2024-10-24");
    assertThat(plan.snapshotDatesToRead(SNAPSHOT)).containsExactly("2024-10-23");
  }

  @Test
  void aFirstMergeRewritesTheWeekOnly() {
    DatePlan plan =
        DatePlan.of(Map.of(), Map.of("2024-10-22", new DatePartition(1, List.of("202410220BOS"))));
    assertThat(plan.rewritten()).containsExactly("2024-10-22");
    assertThat(plan.carried()).isEmpty();
    assertThat(plan.snapshotDatesToRead(Map.of())).isEmpty();
  }
}
