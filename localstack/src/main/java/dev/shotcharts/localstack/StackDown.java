package dev.shotcharts.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code down} did: the jobs it stopped with a savepoint (or could not), the processes it
 * stopped in order, and the home it removed when purging (else null).
 */
public record StackDown(
    List<JobOperator.Stopped> jobs, List<ProcessChange> processes, Path removed) {
  public StackDown {
    jobs = List.copyOf(jobs);
    processes = List.copyOf(processes);
  }
}
