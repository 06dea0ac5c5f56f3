package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.transform.Curation;
import java.time.Instant;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Parses, validates and enriches each raw record; what fails goes to the dead-letter output. */
public final class CurateFunction extends ProcessFunction<KafkaRawRecord, CuratedShot> {
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>(
          "dead-letters",
          org.apache.flink.api.common.typeinfo.TypeInformation.of(DeadLetter.class));

  /** Job accumulators: totals a caller can read from the job client, across restarts. */
  public static final String RECORDS_IN = "records-in";

  public static final String DEAD_LETTER_COUNT = "dead-letters";

  private transient Curation curation;
  private transient Counter recordsIn;
  private transient Counter curated;
  private transient Counter deadLetters;
  private transient Histogram parseMicros;
  private transient LongCounter recordsInTotal;
  private transient LongCounter deadLettersTotal;

  @Override
  public void open(OpenContext context) {
    curation = new Curation();
    MetricGroup metrics = getRuntimeContext().getMetricGroup();
    recordsIn = metrics.counter("recordsIn");
    curated = metrics.counter("curated");
    deadLetters = metrics.counter("deadLetters");
    parseMicros = metrics.histogram("parseLatencyMicros", new DescriptiveStatisticsHistogram(1000));
    recordsInTotal = getRuntimeContext().getLongCounter(RECORDS_IN);
    deadLettersTotal = getRuntimeContext().getLongCounter(DEAD_LETTER_COUNT);
  }

  @Override
  public void processElement(KafkaRawRecord record, Context ctx, Collector<CuratedShot> out) {
    recordsIn.inc();
    recordsInTotal.add(1);
    long started = System.nanoTime();
    Curation.Outcome outcome =
        curation.apply(
            record.value(),
            Curation.Origin.kafka(
                record.topic(), record.partition(), record.offset(), record.key()),
            Instant.now());
    if (!outcome.curated()) {
      deadLetters.inc();
      deadLettersTotal.add(1);
      ctx.output(DEAD_LETTERS, outcome.deadLetter());
      return;
    }
    parseMicros.update((System.nanoTime() - started) / 1000);
    curated.inc();
    out.collect(outcome.shot());
  }
}
