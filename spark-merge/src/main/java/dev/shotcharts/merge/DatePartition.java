package dev.shotcharts.merge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** What a snapshot holds on one game date: its rows, and the games they belong to. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatePartition(long rows, List<String> gameIds) {}
