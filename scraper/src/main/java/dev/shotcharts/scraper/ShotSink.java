package dev.shotcharts.scraper;

import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.ScheduleEntry;
import java.util.List;
import java.util.Set;

/** Where scraped games go: all shots of a game at once, or none; and which games are there. */
public interface ShotSink extends AutoCloseable {
  /** Games already fully published, which an incremental run does not fetch again. */
  Set<String> finishedGames() throws Exception;

  /**
   * Publishes a game's shots and the dead letters of the markers its page had that could not be
   * read, all at once or nothing.
   */
  void publishGame(
      ScheduledGame game, List<RawShot> shots, List<DeadLetter> rejected, String pageSha256)
      throws Exception;

  /** A game whose every marker was read. */
  default void publishGame(ScheduledGame game, List<RawShot> shots, String pageSha256)
      throws Exception {
    publishGame(game, shots, List.of(), pageSha256);
  }

  /** What the run found in the schedule and what became of each game, at the end of a run. */
  void recordSchedule(List<ScheduleEntry> entries) throws Exception;

  @Override
  void close();
}
