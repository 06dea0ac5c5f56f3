package dev.shotcharts.model;

import java.util.Map;

/** Kafka topic names shared by the scraper, the Flink job and the tools. */
public final class Topics {
  /** Raw shots, JSON, key = game id. */
  public static final String SHOT_CHARTS = "shot_charts";

  /** Compacted: one {@link GameDone} per fully published game (key = game id). */
  public static final String GAMES = "shot_charts_games";

  /**
   * Compacted: one {@link ScheduleEntry} per played game of the schedule as the scraper last read
   * it (key = game id), with the run's outcome for that game.
   */
  public static final String SCHEDULE = "shot_charts_schedule";

  /** Records the Flink job could not curate, with the reason. */
  public static final String DEAD_LETTERS = "shot_charts_dlq";

  /**
   * The Flink job's consumer group on {@link #SHOT_CHARTS}: its committed offsets are what {@code
   * weekly}, the demo and {@code status} read as the job's lag.
   */
  public static final String FLINK_GROUP = "shotcharts-flink";

  /**
   * The largest record {@link #SHOT_CHARTS} accepts (its {@code max.message.bytes}, set when it is
   * created): a raw shot is under 1 KB.
   */
  public static final int SHOT_CHARTS_MAX_BYTES = 1 << 20;

  /**
   * The largest dead letter ({@link #DEAD_LETTERS}' {@code max.message.bytes} and the dead-letter
   * producer's {@code max.request.size}): a dead letter holds the whole record, escaped at most
   * twice its size, plus a bounded reason, so any record of {@link #SHOT_CHARTS} fits.
   */
  public static final int DEAD_LETTERS_MAX_BYTES = 3 << 20;

  /* The configuration each topic is created with (Kafka's TopicConfig names). */

  public static final Map<String, String> SHOT_CHARTS_CONFIG =
      Map.of("max.message.bytes", String.valueOf(SHOT_CHARTS_MAX_BYTES));

  public static final Map<String, String> DEAD_LETTERS_CONFIG =
      Map.of("max.message.bytes", String.valueOf(DEAD_LETTERS_MAX_BYTES));

  public static final Map<String, String> GAMES_CONFIG = Map.of("cleanup.policy", "compact");

  public static final Map<String, String> SCHEDULE_CONFIG = GAMES_CONFIG;

  private Topics() {}
}
