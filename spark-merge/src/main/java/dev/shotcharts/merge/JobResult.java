package dev.shotcharts.merge;

import java.util.List;

/**
 * What one run of the merge job did: the merge of each season in order (none for an export) and the
 * export (null for a merge without {@code --export}), with where the time went: JVM start to Spark
 * session ready, session ready to the last merge's commit (or its end, when nothing was committed),
 * and the export. The job's last line carries it as JSON.
 */
public record JobResult(
    List<MergeResult> merges,
    ExportResult export,
    long startupMillis,
    long mergeMillis,
    long exportMillis) {

  /** The merge of a one-season run (the last season's of a range); null for an export. */
  public MergeResult merge() {
    return merges == null || merges.isEmpty() ? null : merges.get(merges.size() - 1);
  }
}
