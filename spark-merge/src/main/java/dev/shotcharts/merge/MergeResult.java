package dev.shotcharts.merge;

/**
 * What one merge did. {@code committed} is false for a dry run or when the week held nothing the
 * table lacked; {@code snapshotId} is then the snapshot readers still see (0: the table is empty).
 * {@code changedRows} are the rows the commit inserted or replaced; {@code seasonRows} what the
 * season holds after the merge.
 */
public record MergeResult(
    boolean committed,
    long snapshotId,
    int ongoingFiles,
    long ongoingRows,
    long duplicatesDropped,
    long changedRows,
    long seasonRows,
    int ongoingFilesDeleted,
    int filesCompacted,
    int snapshotsExpired,
    int orphansRemoved) {}
