package dev.shotcharts.model;

/** Kafka topic names shared by the scraper, the Flink job and the tools. */
public final class Topics {
  /** Raw shots, JSON, key = game id. */
  public static final String SHOT_CHARTS = "shot_charts";

  /** Compacted: one {@link GameDone} per fully published game (key = game id). */
  public static final String GAMES = "shot_charts_games";

  /** Records the Flink job could not curate, with the reason. */
  public static final String DEAD_LETTERS = "shot_charts_dlq";

  private Topics() {}
}
