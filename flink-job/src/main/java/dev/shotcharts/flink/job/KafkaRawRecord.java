package dev.shotcharts.flink.job;

/** A record of {@code shot_charts} as it arrived, with where it came from (for dead letters). */
public record KafkaRawRecord(String topic, int partition, long offset, byte[] key, byte[] value) {}
