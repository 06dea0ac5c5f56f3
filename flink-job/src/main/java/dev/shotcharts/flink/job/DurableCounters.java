package dev.shotcharts.flink.job;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;

/**
 * Job accumulators that count across restarts: Flink starts accumulators at zero on every restart,
 * so each subtask also keeps its totals in operator list state (checkpointed with everything else)
 * and adds what it restored before it counts on. The totals are then as exact as the state: what is
 * processed again after a restore is counted again from the restored totals, not twice. Rescaling
 * keeps the sum (list state is split, not copied). The state names are part of the savepoint
 * contract: NAME + "-total".
 */
final class DurableCounters implements Serializable {
  private final List<String> names;
  private transient Map<String, ListState<Long>> states;
  private transient Map<String, Long> restored;
  private transient Map<String, LongCounter> counters;

  DurableCounters(String... names) {
    this.names = List.of(names);
  }

  /** From the function's {@code initializeState}, before {@code open}. */
  void initialize(FunctionInitializationContext context) throws Exception {
    states = new HashMap<>();
    restored = new HashMap<>();
    for (String name : names) {
      ListState<Long> state =
          context
              .getOperatorStateStore()
              .getListState(new ListStateDescriptor<>(name + "-total", Long.class));
      long sum = 0;
      for (Long part : state.get()) {
        sum += part;
      }
      states.put(name, state);
      restored.put(name, sum);
    }
  }

  /** From {@code open}: the accumulators start from the restored totals. */
  void open(RuntimeContext runtime) {
    counters = new HashMap<>();
    for (String name : names) {
      LongCounter counter = runtime.getLongCounter(name);
      counter.add(restored == null ? 0 : restored.getOrDefault(name, 0L));
      counters.put(name, counter);
    }
  }

  void add(String name) {
    counters.get(name).add(1);
  }

  long total(String name) {
    return counters.get(name).getLocalValuePrimitive();
  }

  /** From the function's {@code snapshotState}. */
  void snapshot() throws Exception {
    for (String name : names) {
      states.get(name).update(List.of(counters.get(name).getLocalValuePrimitive()));
    }
  }
}
