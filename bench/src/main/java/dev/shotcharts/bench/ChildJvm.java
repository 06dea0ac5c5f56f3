package dev.shotcharts.bench;

import dev.shotcharts.engines.ChildProcessOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Java main in its own JVM (its own classpath, heap and resident memory), whose outcome is the
 * line it prints starting with {@code resultPrefix}; a failure shows the last lines of its output.
 */
public final class ChildJvm {
  private final String classpath;
  private final List<String> jvmOptions;
  private final Map<String, String> environment;

  public ChildJvm(String classpath, List<String> jvmOptions, Map<String, String> environment) {
    this.classpath = classpath;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.environment = Map.copyOf(environment);
  }

  /** Runs {@code mainClass}; {@code started} gets the process (to sample its memory). */
  public String run(
      String mainClass, List<String> args, String resultPrefix, Consumer<ProcessHandle> started)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    started.accept(process.toHandle());
    return ChildProcessOutput.result(
        process, mainClass, line -> line.startsWith(resultPrefix), line -> {});
  }

  /** The number after {@code name=} in a result line. */
  public static long field(String resultLine, String name) {
    for (String part : resultLine.split("\\s+")) {
      if (part.startsWith(name + "=")) {
        return Long.parseLong(part.substring(name.length() + 1));
      }
    }
    throw new IllegalArgumentException("no " + name + "= in " + resultLine);
  }
}
