package dev.shotcharts.merge;

/**
 * What one run of the merge job did: the merge (null for an export) and the export (null for a
 * merge without {@code --export}). The job's last line carries it as JSON.
 */
public record JobResult(MergeResult merge, ExportResult export) {}
