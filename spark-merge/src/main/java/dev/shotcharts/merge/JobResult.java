package dev.shotcharts.merge;

/**
 * What one run of the merge job did: the merge (null for an export) and the export (null for a
 * merge without {@code --export}), with where the time went: JVM start to Spark session ready,
 * session ready to the merge's commit (or the merge ended, when nothing was committed), and the
 * export. The job's last line carries it as JSON.
 */
public record JobResult(
    MergeResult merge,
    ExportResult export,
    long startupMillis,
    long mergeMillis,
    long exportMillis) {}
