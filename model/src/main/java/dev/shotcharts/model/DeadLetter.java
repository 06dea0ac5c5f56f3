package dev.shotcharts.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A record that could not be curated, or a shot marker that could not be read, kept with the reason
 * and exactly where it came from (topic {@code shot_charts_dlq}). {@code value} is the original
 * bytes as UTF-8, or base64 when they are not valid UTF-8 ({@code value_encoding} says which).
 *
 * <p>The Flink job's dead letters name their record by {@code topic}, {@code partition} and {@code
 * offset}; the scraper's name their marker by {@code page} (its URL), {@code section} (the team's
 * chart) and {@code marker} (its index in the chart), and hold the marker's attributes as {@code
 * value}. The other three fields are null or zero.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeadLetter(
    String error,
    String errorClass,
    String topic,
    int partition,
    long offset,
    String key,
    String value,
    String valueEncoding,
    String failedAt,
    String page,
    String section,
    Integer marker) {

  /** The error class of a marker the scraper could not read. */
  public static final String MARKER_ERROR = "shot marker";

  /** Whether the scraper wrote it (a marker it could not read), not the job (a record). */
  public boolean ofMarker() {
    return page != null;
  }

  /** A dead letter of the scraper: a marker of a page that could not be read. */
  public static DeadLetter ofMarker(
      String reason, String gameId, String page, String section, int marker, String attributes) {
    return new DeadLetter(
        reason,
        MARKER_ERROR,
        null,
        0,
        0,
        gameId,
        attributes,
        "utf-8",
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
        page,
        section,
        marker);
  }
}
