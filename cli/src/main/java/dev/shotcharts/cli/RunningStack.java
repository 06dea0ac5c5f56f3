package dev.shotcharts.cli;

import dev.shotcharts.localstack.LocalStack;
import dev.shotcharts.localstack.StackConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local stack the verbs use when it is running: {@code up} describes it in its home
 * ($SHOTCHARTS_HOME, default .shotcharts). Flags and the environment still win over it; with no
 * stack running the defaults are the production ones (AWS, the real site's brokers).
 */
final class RunningStack {
  private RunningStack() {}

  static Optional<StackConfig> find() {
    String home = System.getenv().getOrDefault("SHOTCHARTS_HOME", ".shotcharts");
    return LocalStack.runningAt(Path.of(home).toAbsolutePath());
  }

  /** One line for {@code status} and the verbs: what they talk to. */
  static String describe() {
    return find()
        .map(
            s ->
                "the running local stack: Kafka "
                    + s.bootstrapServers()
                    + ", S3 "
                    + s.s3Endpoint()
                    + ", Spark "
                    + s.sparkMaster()
                    + ", Flink "
                    + s.flinkUrl())
        .orElse("no local stack running: the production defaults (AWS S3, Spark local[*])");
  }
}
