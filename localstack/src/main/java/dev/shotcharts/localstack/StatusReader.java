package dev.shotcharts.localstack;

import dev.shotcharts.clients.ConsumerLag;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.localstack.StackStatus.State;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what {@code status} says: each process (running with its start and restarts, restarting, or
 * failed, as the watcher saw it), the lake's table, the job's lag and its checkpoints.
 */
final class StatusReader {
  private final StackConfig config;
  private final ServiceCatalogue catalogue;
  private final Supervisor supervisor;
  private final JobOperator job;

  StatusReader(
      StackConfig config, ServiceCatalogue catalogue, Supervisor supervisor, JobOperator job) {
    this.config = config;
    this.catalogue = catalogue;
    this.supervisor = supervisor;
    this.job = job;
  }

  StackStatus read() throws Exception {
    Optional<WatchState> watch = WatchState.read(config.home());
    Map<String, WatchState.Process> watched = watch.map(WatchState::processes).orElse(Map.of());
    List<StackStatus.Process> processes = new ArrayList<>();
    for (StackService service : StackService.values()) {
      Service s = catalogue.service(service);
      processes.add(process(s, watched.get(s.name())));
    }
    return new StackStatus(
        processes,
        watch.map(WatchState::lastAction).orElse(null),
        runs(StackService.S3) ? Optional.of(table()) : Optional.empty(),
        runs(StackService.KAFKA)
            ? Optional.of(lag(watch.map(WatchState::lagSamples).orElse(List.of())))
            : Optional.empty(),
        runs(StackService.FLINK_JOBMANAGER) ? jobs() : List.of(),
        runs(StackService.FLINK_JOBMANAGER) && job.shouldRun() && !job.hasLiveJob());
  }

  private boolean runs(StackService service) {
    return supervisor.running(service.processName()).isPresent();
  }

  /** Running (with its start and restarts), else restarting or failed as the watcher saw it. */
  private StackStatus.Process process(Service service, WatchState.Process watched) {
    Optional<ProcessHandle> process = supervisor.running(service.name());
    int restarts = watched == null ? 0 : watched.restarts();
    if (process.isPresent()) {
      Instant started = process.get().info().startInstant().orElse(null);
      return new StackStatus.Process(
          service.name(),
          State.RUNNING,
          process.get().pid(),
          started,
          restarts,
          null,
          service.ui());
    }
    State state =
        watched == null || watched.state().equals("running")
            ? State.STOPPED
            : State.valueOf(watched.state().toUpperCase(java.util.Locale.ROOT));
    String note = state == State.STOPPED ? null : watched.note();
    return new StackStatus.Process(service.name(), state, 0, null, restarts, note, service.ui());
  }

  /** The lake's table: its current snapshot, its rows, how many snapshots it keeps. */
  private StackStatus.Table table() {
    try (ShotsCatalog catalog = ShotsCatalog.open(config.lakeSettings())) {
      var snapshots = catalog.snapshots();
      if (snapshots.isEmpty()) {
        return new StackStatus.Table(
            Lake.TABLE_NAME, 0, null, "0", 0, config.catalogProperties(), null);
      }
      var current = catalog.table().orElseThrow().currentSnapshot();
      return new StackStatus.Table(
          Lake.TABLE_NAME,
          current.snapshotId(),
          Instant.ofEpochMilli(current.timestampMillis()),
          current.summary().getOrDefault("total-records", "?"),
          snapshots.size(),
          config.catalogProperties(),
          null);
    } catch (Exception e) {
      return new StackStatus.Table(
          Lake.TABLE_NAME, 0, null, null, 0, config.catalogProperties(), e.getMessage());
    }
  }

  private StackStatus.Lag lag(List<Long> samples) {
    try {
      long lag = ConsumerLag.of(config.bootstrapServers(), Topics.FLINK_GROUP, Topics.SHOT_CHARTS);
      return new StackStatus.Lag(Topics.SHOT_CHARTS, lag, samples, null);
    } catch (Exception e) {
      return new StackStatus.Lag(Topics.SHOT_CHARTS, 0, samples, e.getMessage());
    }
  }

  /** The cluster's jobs but those stopped on purpose: those are history, not status. */
  private List<StackStatus.Job> jobs() throws Exception {
    FlinkRest flink = job.flink();
    List<StackStatus.Job> jobs = new ArrayList<>();
    for (FlinkRest.Job j : flink.jobs()) {
      if (j.terminal() && !j.state().equals("FAILED")) {
        continue;
      }
      if (!j.state().equals("RUNNING")) {
        jobs.add(new StackStatus.Job(j, null, Optional.empty(), false));
        continue;
      }
      Optional<FlinkRest.Checkpoint> latest = flink.latestCheckpoint(j.id());
      boolean overdue =
          latest
              .map(c -> c.age().compareTo(StackStatus.CHECKPOINT_OVERDUE) > 0)
              .orElse(j.durationMillis() > StackStatus.CHECKPOINT_OVERDUE.toMillis());
      jobs.add(new StackStatus.Job(j, flink.stateBackend(j.id()), latest, overdue));
    }
    return jobs;
  }
}
