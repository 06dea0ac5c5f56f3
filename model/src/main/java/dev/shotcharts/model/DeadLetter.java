package dev.shotcharts.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A record that could not be curated, kept with the reason and exactly where it came from (topic
 * {@code shot_charts_dlq}). {@code value} is the original bytes as UTF-8, or base64 when they are
 * not valid UTF-8 ({@code value_encoding} says which).
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
    String failedAt) {}
