package dev.shotcharts.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.engines.ShotsCatalog;
import dev.shotcharts.engines.TopicReader;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.Topics;
import java.io.IOException;
import java.util.List;

/**
 * A season counted at both ends of a running deployment: its distinct events in Kafka, the dead
 * letters (the scraper's unreadable markers apart from the job's), and the rows Iceberg plans for
 * it, counted by the table's scan planning, not by the merge that wrote them.
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
    long events =
        TopicReader.readAll(bootstrapServers, Topics.SHOT_CHARTS).stream()
            .map(r -> RecordJson.readRawShot(r.value()))
            .filter(s -> s.season() == season)
            .map(RawShot::eventId)
            .distinct()
            .count();
    List<DeadLetter> dead =
        TopicReader.readAll(bootstrapServers, Topics.DEAD_LETTERS).stream()
            .map(r -> RecordJson.fromJson(new String(r.value(), UTF_8), DeadLetter.class))
            .toList();
    long markers = dead.stream().filter(DeadLetter::ofMarker).count();
    ShotsCatalog.Scan table;
    try (ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      table = catalog.plan(List.of(season), ShotsCatalog.AsOf.CURRENT);
    }
    return new SeasonCounts(
        season,
        events,
        markers,
        dead.size() - markers,
        table.rows(),
        table.snapshot() == null ? 0 : table.snapshot().snapshotId());
  }
}
