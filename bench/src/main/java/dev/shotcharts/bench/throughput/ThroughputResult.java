package dev.shotcharts.bench.throughput;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of one engine: records read, time to committed Parquet, rows found in the output, and the
 * CPU seconds each process spent on it.
 */
record ThroughputResult(
    String engine, long records, long millis, long rows, Map<String, Double> cpuSeconds) {

  ThroughputResult {
    // Ordered: the report lists the processes as the stack names them.
    cpuSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(cpuSeconds));
  }

  /** A run whose engine ran in its own JVM ({@code process}), which reported its CPU time. */
  static ThroughputResult ofChild(
      String engine, long records, long millis, long rows, String process, long cpuMillis) {
    return new ThroughputResult(engine, records, millis, rows, Map.of(process, cpuMillis / 1000.0));
  }

  double recordsPerSecond() {
    return records / (millis / 1000.0);
  }

  /** This run with the CPU the stack's processes spent during it added. */
  ThroughputResult withCpu(Map<String, Double> stackCpuSeconds) {
    Map<String, Double> all = new LinkedHashMap<>(stackCpuSeconds);
    all.putAll(cpuSeconds);
    return new ThroughputResult(engine, records, millis, rows, all);
  }

  /** CPU time of all processes per record, in microseconds. */
  double cpuMicrosPerRecord() {
    return cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum() * 1e6 / records;
  }

  /** Every record is a distinct event: the output must hold exactly one row for each. */
  void checkReconciled() {
    if (rows != records) {
      throw new IllegalStateException(
          engine + " wrote " + rows + " rows for " + records + " distinct records");
    }
  }
}
