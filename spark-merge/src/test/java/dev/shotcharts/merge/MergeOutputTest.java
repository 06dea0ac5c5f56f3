package dev.shotcharts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines between the merge's JVM and its launcher, written and read by the same class. */
class MergeOutputTest {
  @Test
  void aResultLineCarriesTheResultBack() {
    JobResult result = new JobResult(List.of(), null, 1200, 3400, 0);
    String line = MergeOutput.result(result);
    assertThat(MergeOutput.isResult(line)).isTrue();
    assertThat(MergeOutput.resultOf(line)).isEqualTo(result);
    assertThat(MergeOutput.stepOf(line)).isEmpty();
  }

  @Test
  void aStepLineNamesItsStep() {
    assertThat(MergeOutput.stepOf(MergeOutput.step(MergeStep.COMMIT))).contains(MergeStep.COMMIT);
    assertThat(MergeOutput.isOurs(MergeOutput.failure("no executor"))).isTrue();
    assertThat(MergeOutput.isOurs("24/12/06 INFO SparkContext: Running Spark")).isFalse();
  }

  @Test
  void aLineThatIsNoResultIsRefusedInWords() {
    assertThatThrownBy(() -> MergeOutput.resultOf("merge step done: COMMIT"))
        .hasMessage("not a merge result line: merge step done: COMMIT");
  }
}
