package dev.shotcharts.merge;

/** The steps of a merge, in order; readers can only ever see the state before or after PUBLISH. */
public enum MergeStep {
  READ_ONGOING,
  READ_SNAPSHOT,
  DEDUPE,
  WRITE_SNAPSHOT,
  CARRY_UNTOUCHED,
  VERIFY,
  WRITE_MANIFEST,
  PUBLISH,
  DELETE_MERGED,
  COLLECT_GARBAGE
}
