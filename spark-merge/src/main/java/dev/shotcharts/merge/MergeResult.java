package dev.shotcharts.merge;

/** What one merge read and published, in rows. */
public record MergeResult(
    String snapshotId,
    int ongoingFiles,
    long ongoingRows,
    long previousSnapshotRows,
    long duplicatesDropped,
    long snapshotRows) {}
