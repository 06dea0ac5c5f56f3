package dev.shotcharts.bench.spark;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.transform.ShotCurator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * The Flink job's transform for Spark: a Kafka record's value in, the curated row out (columns in
 * the order of {@code CuratedColumns.SCHEMA}), a record that does not parse counted and dropped.
 */
final class CurateRows implements FlatMapFunction<Row, Row> {
  private final LongAccumulator rejected;
  private transient ShotCurator curator;

  CurateRows(LongAccumulator rejected) {
    this.rejected = rejected;
  }

  @Override
  public Iterator<Row> call(Row record) {
    if (curator == null) {
      curator = new ShotCurator();
    }
    try {
      CuratedShot shot =
          curator.curate(RecordJson.readRawShot(record.getAs("value")), Instant.now());
      return List.of(toRow(shot)).iterator();
    } catch (RuntimeException e) {
      rejected.add(1);
      return new ArrayList<Row>().iterator();
    }
  }

  static Row toRow(CuratedShot s) {
    return RowFactory.create(
        s.eventId(),
        s.gameId(),
        s.season(),
        s.gameDate(),
        s.homeTeam(),
        s.awayTeam(),
        s.team(),
        s.opponent(),
        s.player(),
        s.period(),
        s.periodLabel(),
        s.clockRemainingS(),
        s.elapsedS(),
        s.made(),
        s.shotValue(),
        s.distanceFt(),
        s.xPx(),
        s.yPx(),
        s.xFt(),
        s.yFt(),
        s.zone(),
        s.teamScore(),
        s.opponentScore(),
        s.homePts(),
        s.awayPts(),
        s.tip(),
        s.sourceUrl(),
        s.scrapedAt(),
        s.processedAt());
  }
}
