package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import java.time.Duration;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the first occurrence of each event id through and counts the rest (a re-scraped game repeats
 * its events). The "seen" flag expires after the TTL so state stays bounded.
 */
public final class DeduplicateFunction
    extends KeyedProcessFunction<String, CuratedShot, CuratedShot> {
  /** State name: part of the savepoint contract, never rename. */
  public static final String SEEN_STATE = "seen-event-ids";

  private final Duration ttl;
  private transient ValueState<Boolean> seen;

  /** Job accumulator: duplicates dropped, readable from the job client. */
  public static final String DUPLICATE_COUNT = "duplicates";

  private transient Counter duplicates;
  private transient LongCounter duplicatesTotal;

  public DeduplicateFunction(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    ValueStateDescriptor<Boolean> descriptor =
        new ValueStateDescriptor<>(SEEN_STATE, Boolean.class);
    descriptor.enableTimeToLive(
        StateTtlConfig.newBuilder(ttl)
            .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
            .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
            .build());
    seen = getRuntimeContext().getState(descriptor);
    duplicates = getRuntimeContext().getMetricGroup().counter("duplicates");
    duplicatesTotal = getRuntimeContext().getLongCounter(DUPLICATE_COUNT);
  }

  @Override
  public void processElement(CuratedShot shot, Context ctx, Collector<CuratedShot> out)
      throws Exception {
    if (seen.value() != null) {
      duplicates.inc();
      duplicatesTotal.add(1);
      return;
    }
    seen.update(Boolean.TRUE);
    out.collect(shot);
  }
}
