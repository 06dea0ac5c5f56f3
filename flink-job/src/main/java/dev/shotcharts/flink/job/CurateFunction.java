package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.transform.Curation;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Parses, validates and enriches each raw record; what fails goes to the dead-letter output. */
public final class CurateFunction extends ProcessFunction<KafkaRawRecord, CuratedShot>
    implements CheckpointedFunction {
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>(
          "dead-letters",
          org.apache.flink.api.common.typeinfo.TypeInformation.of(DeadLetter.class));

  /**
   * Job accumulators: totals a caller can read from the job client, across restarts (kept in
   * operator state, {@link DurableCounters}).
   */
  public static final String RECORDS_IN = "records-in";

  public static final String DEAD_LETTER_COUNT = "dead-letters";

  private transient Curation curation;
  private transient Counter recordsIn;
  private transient Counter curated;
  private transient Counter deadLetters;
  private transient Histogram parseMicros;
  private final DurableCounters totals = new DurableCounters(RECORDS_IN, DEAD_LETTER_COUNT);

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    totals.initialize(context);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    totals.snapshot();
  }

  /** This subtask's share of an accumulator, restored totals included. */
  long total(String accumulator) {
    return totals.total(accumulator);
  }

  @Override
  public void open(OpenContext context) {
    curation = new Curation();
    MetricGroup metrics = getRuntimeContext().getMetricGroup();
    recordsIn = metrics.counter("recordsIn");
    curated = metrics.counter("curated");
    deadLetters = metrics.counter("deadLetters");
    parseMicros = metrics.histogram("parseLatencyMicros", new DescriptiveStatisticsHistogram(1000));
    totals.open(getRuntimeContext());
  }

  @Override
  public void processElement(KafkaRawRecord record, Context ctx, Collector<CuratedShot> out) {
    recordsIn.inc();
    totals.add(RECORDS_IN);
    long started = System.nanoTime();
    Curation.Outcome outcome =
        curation.apply(
            record.value(),
            Curation.Origin.kafka(
                record.topic(), record.partition(), record.offset(), record.key()),
            Instant.now());
    if (!outcome.curated()) {
      deadLetters.inc();
      totals.add(DEAD_LETTER_COUNT);
      ctx.output(DEAD_LETTERS, outcome.deadLetter());
      return;
    }
    parseMicros.update((System.nanoTime() - started) / 1000);
    curated.inc();
    out.collect(outcome.shot());
  }
}
