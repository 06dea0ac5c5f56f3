package dev.shotcharts.bench.spark;

import dev.shotcharts.model.CuratedFields;
import dev.shotcharts.transform.Curation;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * The Flink job's transform for Spark: a Kafka record's value in, the curated row out (columns in
 * the order of {@code CuratedFields.NAMES}), a record that does not parse counted (the peer keeps
 * no dead letters: it measures throughput).
 */
final class CurateRows implements FlatMapFunction<Row, Row> {
  private final LongAccumulator rejected;
  private transient Curation curation;

  CurateRows(LongAccumulator rejected) {
    this.rejected = rejected;
  }

  @Override
  public Iterator<Row> call(Row record) {
    if (curation == null) {
      curation = new Curation();
    }
    Curation.Outcome outcome =
        curation.apply(
            record.getAs("value"),
            Curation.Origin.kafka(
                record.getAs("topic"),
                record.getAs("partition"),
                record.getAs("offset"),
                record.getAs("key")),
            Instant.now());
    if (!outcome.curated()) {
      rejected.add(1);
      return Collections.emptyIterator();
    }
    return List.of(RowFactory.create(CuratedFields.values(outcome.shot()))).iterator();
  }
}
