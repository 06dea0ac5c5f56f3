package dev.shotcharts.bench.throughput;

/** One run of one engine: records read, time to committed Parquet, rows found in the output. */
record ThroughputResult(String engine, long records, long millis, long rows) {
  double recordsPerSecond() {
    return records / (millis / 1000.0);
  }

  /** Every record is a distinct event: the output must hold exactly one row for each. */
  void checkReconciled() {
    if (rows != records) {
      throw new IllegalStateException(
          engine + " wrote " + rows + " rows for " + records + " distinct records");
    }
  }
}
