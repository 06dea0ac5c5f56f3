package dev.shotcharts.model;

import java.util.Locale;

/**
 * Where the Flink job keeps its de-duplication state: the values of its {@code --state-backend},
 * which the stack passes and records beside each job it submits.
 */
public enum StateBackend {
  /** Off the heap, in managed memory and on local disk; incremental checkpoints. The default. */
  ROCKSDB,
  /** On the heap; every checkpoint writes the whole state. */
  HASHMAP;

  public static final StateBackend DEFAULT = ROCKSDB;

  /** The job's argument: {@code --state-backend} and this backend's name. */
  public static final String ARG = "--state-backend";

  /** The name Flink and the job's argument use. */
  public String flinkName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The backend of a Flink name, with an error that lists the names. */
  public static StateBackend of(String name) {
    for (StateBackend backend : values()) {
      if (backend.flinkName().equals(name)) {
        return backend;
      }
    }
    throw new IllegalArgumentException(ARG + " is hashmap or rocksdb, not " + name);
  }
}
