package dev.shotcharts.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a child process's output to its end. Its outcome is the last line that is a result line. A
 * failure (non-zero exit or no result line) carries the last lines of output, so the error says
 * what went wrong without a trip to the logs.
 */
public final class ChildProcessOutput {
  static final int TAIL_LINES = 60;

  private ChildProcessOutput() {}

  /**
   * Waits for {@code process} (started with its error stream merged into its output) and returns
   * its last result line; every line also goes to {@code eachLine}.
   */
  public static String result(
      Process process, String what, Predicate<String> isResult, Consumer<String> eachLine)
      throws IOException, InterruptedException {
    Deque<String> tail = new ArrayDeque<>();
    String result = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (isResult.test(line)) {
          result = line;
        }
        eachLine.accept(line);
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
          tail.removeFirst();
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      throw new IllegalStateException(
          what
              + " failed (exit code "
              + exit
              + (result == null ? ", no result line" : "")
              + "); last lines:\n"
              + String.join("\n", tail));
    }
    return result;
  }
}
