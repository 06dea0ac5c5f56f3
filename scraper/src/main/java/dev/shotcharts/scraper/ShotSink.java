package dev.shotcharts.scraper;

import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.ScheduleEntry;
import java.util.List;
import java.util.Set;

/** Where scraped games go: all shots of a game at once, or none; and which games are there. */
public interface ShotSink extends AutoCloseable {
  /** Games already fully published, which an incremental run does not fetch again. */
  Set<String> finishedGames() throws Exception;

  void publishGame(ScheduledGame game, List<RawShot> shots, String pageSha256) throws Exception;

  /** What the run found in the schedule and what became of each game, at the end of a run. */
  void recordSchedule(List<ScheduleEntry> entries) throws Exception;

  @Override
  void close();
}
