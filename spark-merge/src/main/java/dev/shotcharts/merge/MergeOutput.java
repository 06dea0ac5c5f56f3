package dev.shotcharts.merge;

import dev.shotcharts.model.RecordJson;
import java.util.Optional;

/**
 * What the merge's JVM tells whoever started it ({@code SparkMergeLauncher}, {@code spark-submit}'s
 * log), one line each on its output: each step as it is done, then the result as JSON, or why it
 * failed. Both sides write and read these lines through this class only.
 */
public final class MergeOutput {
  private static final String STEP = "merge step done: ";
  private static final String RESULT = "SHOTCHARTS-RESULT ";
  private static final String FAILED = "merge failed: ";

  private MergeOutput() {}

  static String step(MergeStep step) {
    return STEP + step;
  }

  static String result(JobResult result) {
    return RESULT + RecordJson.toJson(result);
  }

  static String failure(String why) {
    return FAILED + why;
  }

  /** The step this line says is done, if it says one. */
  public static Optional<MergeStep> stepOf(String line) {
    return line.startsWith(STEP)
        ? Optional.of(MergeStep.valueOf(line.substring(STEP.length()).trim()))
        : Optional.empty();
  }

  public static boolean isResult(String line) {
    return line.startsWith(RESULT);
  }

  /** The result a result line carries. */
  public static JobResult resultOf(String line) {
    if (!isResult(line)) {
      throw new IllegalArgumentException("not a merge result line: " + line);
    }
    return RecordJson.fromJson(line.substring(RESULT.length()), JobResult.class);
  }

  /** A line of ours (a step, the result, a failure) rather than Spark's own logging. */
  public static boolean isOurs(String line) {
    return line.startsWith(STEP) || isResult(line) || line.startsWith(FAILED);
  }
}
