package dev.shotcharts.bench;

import java.util.ArrayList;
import java.util.List;

/** The values of one figure over the runs (records/s, seconds, MiB ...), summarised by median. */
public record Sample(String table, String label, String unit, List<Double> values) {

  public Sample {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(label + ": no values");
    }
    values = List.copyOf(values);
  }

  public double median() {
    List<Double> sorted = sorted();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return sorted().get(0);
  }

  public double max() {
    return sorted().get(values.size() - 1);
  }

  private List<Double> sorted() {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted;
  }
}
