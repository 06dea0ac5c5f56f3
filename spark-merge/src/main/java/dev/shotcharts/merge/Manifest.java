package dev.shotcharts.merge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot was made of ({@code snapshot=M/_MANIFEST.json}): exactly which ongoing files it
 * merged (and so which ones may be deleted), the counts that reconcile, the step timings, and its
 * rows and games per game date, which tell the next merge what it may carry over unchanged (null in
 * manifests written before there was such a list: the next merge then reads the snapshot whole).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Manifest(
    String mergeId,
    int season,
    String snapshot,
    String previousSnapshot,
    List<String> sourceFiles,
    long ongoingRows,
    long previousRows,
    long duplicatesDropped,
    long snapshotRows,
    String startedAt,
    Map<String, Long> stepMillis,
    Map<String, DatePartition> dates) {}
