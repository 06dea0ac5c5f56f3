package dev.shotcharts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resident memory (VmRSS from /proc) of named processes: once at idle, and as the peak over a
 * stretch of work sampled every half second; and the CPU time they have used.
 */
public final class Footprint {
  private final Map<String, Double> peakMib = new ConcurrentHashMap<>();
  private final Map<String, ProcessHandle> watched = new ConcurrentHashMap<>();
  private volatile boolean sampling;
  private Thread sampler;

  /** Resident MiB of each process now. */
  public static Map<String, Double> now(Map<String, ProcessHandle> processes) {
    Map<String, Double> rss = new LinkedHashMap<>();
    processes.forEach((name, p) -> rss.put(name, residentMib(p.pid())));
    return rss;
  }

  /** Starts sampling the peak of these processes (more can be added while it runs). */
  public void start(Map<String, ProcessHandle> processes) {
    watched.putAll(processes);
    sampling = true;
    sampler =
        new Thread(
            () -> {
              while (sampling) {
                watched.forEach((name, p) -> peakMib.merge(name, residentMib(p.pid()), Math::max));
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "footprint-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  public void watch(String name, ProcessHandle process) {
    watched.put(name, process);
  }

  /** Stops sampling; the peak resident MiB of each process seen. */
  public Map<String, Double> stop() throws InterruptedException {
    sampling = false;
    sampler.join();
    return new LinkedHashMap<>(peakMib);
  }

  /** A Markdown table: each process's resident MiB at idle and at its peak under load. */
  public static String table(Map<String, Double> idle, Map<String, Double> underLoad) {
    return table("idle", idle, "peak under the throughput runs", underLoad);
  }

  /** A Markdown table of two readings of each process's resident MiB, named by their columns. */
  public static String table(
      String firstName,
      Map<String, Double> idle,
      String secondName,
      Map<String, Double> underLoad) {
    StringBuilder md =
        new StringBuilder("| process | " + firstName + " MiB | " + secondName + " MiB |\n");
    md.append("|---|---:|---:|\n");
    Map<String, Double> all = new LinkedHashMap<>(idle);
    underLoad.keySet().forEach(k -> all.putIfAbsent(k, null));
    double idleSum = 0;
    double loadSum = 0;
    for (String name : all.keySet()) {
      Double before = idle.get(name);
      Double peak = underLoad.get(name);
      idleSum += before == null ? 0 : before;
      loadSum += peak == null ? 0 : peak;
      md.append("| ")
          .append(name)
          .append(" | ")
          .append(before == null ? "–" : Report.format(before))
          .append(" | ")
          .append(peak == null ? "–" : Report.format(peak))
          .append(" |\n");
    }
    md.append("| **sum** | ")
        .append(Report.format(idleSum))
        .append(" | ")
        .append(underLoad.isEmpty() ? "–" : Report.format(loadSum))
        .append(" |\n");
    return md.toString();
  }

  /** CPU seconds (user + system) each process has used since it started. */
  public static Map<String, Double> cpuSeconds(Map<String, ProcessHandle> processes) {
    Map<String, Double> cpu = new LinkedHashMap<>();
    processes.forEach(
        (name, p) ->
            cpu.put(name, p.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0)));
    return cpu;
  }

  static double residentMib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process has ended (or this is not Linux): nothing resident.
    }
    return 0;
  }
}
