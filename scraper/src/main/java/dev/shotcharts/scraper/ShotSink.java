package dev.shotcharts.scraper;

import dev.shotcharts.model.RawShot;
import java.util.List;

/** Where a scraped game goes: all of its shots at once, or none. */
public interface ShotSink extends AutoCloseable {
  void publishGame(ScheduledGame game, List<RawShot> shots) throws Exception;

  @Override
  void close();
}
