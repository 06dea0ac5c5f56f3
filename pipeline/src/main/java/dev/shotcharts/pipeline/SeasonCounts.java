package dev.shotcharts.pipeline;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.views.report.SeasonTopics;
import java.io.IOException;
import java.util.List;

/**
 * A season counted at both ends of a running deployment: its distinct events in Kafka and its dead
 * letters (the scraper's unreadable markers apart from the job's) as the report reads them ({@link
 * SeasonTopics}: the season's games only), and the rows Iceberg plans for it, counted by the
 * table's scan planning, not by the merge that wrote them.
 */
public record SeasonCounts(
    int season,
    long distinctEvents,
    long markerDeadLetters,
    long jobDeadLetters,
    long tableRows,
    long snapshotId) {

  /** The table holds exactly the distinct events, and the job dead-lettered nothing. */
  public boolean balanced() {
    return tableRows == distinctEvents && jobDeadLetters == 0;
  }

  public static SeasonCounts read(String bootstrapServers, LakeSettings lake, int season)
      throws IOException {
    return of(SeasonTopics.read(bootstrapServers, season), lake, season);
  }

  /** The season counted from its topics as already read, and from the table. */
  public static SeasonCounts of(SeasonTopics topics, LakeSettings lake, int season)
      throws IOException {
    ShotsCatalog.Scan table;
    try (ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      table = catalog.plan(List.of(season), ShotsCatalog.AsOf.CURRENT);
    }
    return new SeasonCounts(
        season,
        topics.distinctEvents(),
        topics.markersDeadLettered(),
        topics.deadLetters(),
        table.rows(),
        table.snapshot() == null ? 0 : table.snapshot().snapshotId());
  }
}
