package dev.shotcharts.merge;

/** Told after each step of a merge: progress for the user, and a crash point for tests. */
@FunctionalInterface
public interface MergeListener {
  void after(MergeStep step) throws Exception;
}
