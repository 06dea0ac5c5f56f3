package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the first occurrence of each event id through and counts the rest (a re-scraped game repeats
 * its events). The "seen" flag expires after the TTL so state stays bounded.
 */
public final class DeduplicateFunction
    extends KeyedProcessFunction<String, CuratedShot, CuratedShot> implements CheckpointedFunction {
  /** State name: part of the savepoint contract, never rename. */
  public static final String SEEN_STATE = "seen-event-ids";

  private final Duration ttl;
  private transient ValueState<Boolean> seen;

  /** Job accumulator: duplicates dropped, readable from the job client, across restarts. */
  public static final String DUPLICATE_COUNT = "duplicates";

  private transient Counter duplicates;
  private final DurableCounters totals = new DurableCounters(DUPLICATE_COUNT);

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    totals.initialize(context);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    totals.snapshot();
  }

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
    totals.open(getRuntimeContext());
  }

  @Override
  public void processElement(CuratedShot shot, Context ctx, Collector<CuratedShot> out)
      throws Exception {
    if (seen.value() != null) {
      duplicates.inc();
      totals.add(DUPLICATE_COUNT);
      return;
    }
    seen.update(Boolean.TRUE);
    out.collect(shot);
  }
}
