package dev.shotcharts.localstack;

import java.util.List;

/** The stack's own processes, in start order; followers are named per season beside them. */
public enum StackService {
  KAFKA("kafka"),
  S3("s3"),
  FLINK_JOBMANAGER("flink-jobmanager"),
  FLINK_TASKMANAGER("flink-taskmanager"),
  SPARK_MASTER("spark-master"),
  SPARK_WORKER("spark-worker"),
  /** Spark's history server: runs only when asked for ({@code up --history}). */
  SPARK_HISTORY("spark-history"),
  /** The watcher ({@link StackWatch}): started last, stopped first. */
  WATCH("watch");

  /** What {@code up} always starts, in order. */
  public static final List<StackService> ALWAYS =
      List.of(KAFKA, S3, FLINK_JOBMANAGER, FLINK_TASKMANAGER, SPARK_MASTER, SPARK_WORKER);

  private final String processName;

  StackService(String processName) {
    this.processName = processName;
  }

  /** Its name among the stack's processes: pid file, log file, status line. */
  public String processName() {
    return processName;
  }

  private static final String FOLLOWER = "follower-";

  /** The process name of the season's follower. */
  public static String follower(int season) {
    return FOLLOWER + season;
  }

  static boolean isFollower(String processName) {
    return processName.startsWith(FOLLOWER);
  }
}
