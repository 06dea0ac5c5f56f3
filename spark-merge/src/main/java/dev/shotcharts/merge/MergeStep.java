package dev.shotcharts.merge;

/**
 * The steps of a merge, in order. Readers see the table before or after COMMIT, never between: the
 * steps before it write nothing the table references, the steps after it are housekeeping that the
 * next merge repeats if it did not finish.
 */
public enum MergeStep {
  READ_ONGOING,
  DEDUPE,
  COMMIT,
  DELETE_MERGED,
  COMPACT,
  EXPIRE_SNAPSHOTS,
  REMOVE_ORPHANS
}
