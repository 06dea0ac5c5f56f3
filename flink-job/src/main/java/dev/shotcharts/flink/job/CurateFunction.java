package dev.shotcharts.flink.job;

import dev.shotcharts.flink.transform.DeadLetters;
import dev.shotcharts.flink.transform.ShotCurator;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Parses, validates and enriches each raw record; what fails goes to the dead-letter output. */
public final class CurateFunction extends ProcessFunction<KafkaRawRecord, CuratedShot> {
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>(
          "dead-letters",
          org.apache.flink.api.common.typeinfo.TypeInformation.of(DeadLetter.class));

  private transient ShotCurator curator;
  private transient Counter curated;
  private transient Counter deadLetters;

  @Override
  public void open(OpenContext context) {
    curator = new ShotCurator();
    curated = getRuntimeContext().getMetricGroup().counter("curated");
    deadLetters = getRuntimeContext().getMetricGroup().counter("deadLetters");
  }

  @Override
  public void processElement(KafkaRawRecord record, Context ctx, Collector<CuratedShot> out) {
    Instant now = Instant.now();
    CuratedShot shot;
    try {
      RawShot raw = RecordJson.readRawShot(record.value() == null ? new byte[0] : record.value());
      shot = curator.curate(raw, now);
    } catch (RuntimeException e) {
      deadLetters.inc();
      ctx.output(
          DEAD_LETTERS,
          DeadLetters.of(
              e,
              record.topic(),
              record.partition(),
              record.offset(),
              record.key(),
              record.value(),
              now));
      return;
    }
    curated.inc();
    out.collect(shot);
  }
}
