package dev.shotcharts.merge;

/**
 * What one merge did. {@code published} is false for a dry run or when there was nothing new to
 * merge; {@code snapshotId} and {@code snapshotRows} are then those of the snapshot readers still
 * see (none: null and 0).
 */
public record MergeResult(
    boolean published,
    String snapshotId,
    int ongoingFiles,
    long ongoingRows,
    long previousSnapshotRows,
    long duplicatesDropped,
    long snapshotRows,
    int ongoingFilesDeleted,
    int snapshotsDeleted) {}
