package dev.shotcharts.merge;

import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * What a merge or an export is told: {@code merge|export --season S} (a merge also {@code --season
 * S1-S2}: every season of a backfill, one after the other in one Spark application) and the {@link
 * Lake} ({@code --lake BUCKET[/PREFIX] [--s3-endpoint URL] [--region R] --catalog-uri URI
 * [--catalog K=V]...}), {@code [--master M] [--keep-snapshots N] [--orphan-age ISO-DURATION]
 * [--executor-wait ISO-DURATION] [--dry-run] [--event-log-dir DIR]}; for a merge {@code --export}
 * (export the season too, in the same Spark application), and for an export {@code --all-seasons}
 * (season 0: every season in the table) and {@code --public-read}. Credentials never come as
 * arguments: the AWS default chain (environment, profile, instance role) provides them.
 */
public record MergeConfig(
    Verb verb,
    int season,
    int lastSeason,
    Lake lake,
    String master,
    int keepSnapshots,
    Duration orphanAge,
    Duration executorWait,
    boolean dryRun,
    String eventLogDir,
    boolean allSeasons,
    boolean publicRead,
    boolean export) {

  public enum Verb {
    MERGE,
    EXPORT
  }

  /**
   * Snapshots of the table kept for time travel and rollback: about two months of weekly merges.
   */
  public static final int DEFAULT_KEEP_SNAPSHOTS = 10;

  /**
   * Files in the table's location that no snapshot references are deleted only past this age
   * (Iceberg's own default): a younger one may belong to a write that has not committed yet.
   */
  public static final Duration DEFAULT_ORPHAN_AGE = Duration.ofDays(3);

  /**
   * How long a job on a cluster waits for an executor, at its start or after losing all of them,
   * before it gives up ({@link ExecutorWatchdog}): an executor starts in seconds on a healthy
   * cluster, so two minutes means the cluster is gone or full.
   */
  public static final Duration DEFAULT_EXECUTOR_WAIT = Duration.ofMinutes(2);

  /**
   * A merge or an export of one season at the defaults; Spark's event log in {@code eventLogDir}.
   */
  public static MergeConfig of(
      Verb verb, int season, Lake lake, String master, String eventLogDir) {
    return new MergeConfig(
        verb,
        season,
        season,
        lake,
        master,
        DEFAULT_KEEP_SNAPSHOTS,
        DEFAULT_ORPHAN_AGE,
        DEFAULT_EXECUTOR_WAIT,
        false,
        eventLogDir,
        false,
        false,
        false);
  }

  /** The same merge, also exporting the season in the same Spark application. */
  public MergeConfig withExport() {
    return copy(season, lastSeason, true);
  }

  /** A merge of the seasons {@link #season} to {@code last}, in one Spark application. */
  public MergeConfig throughSeason(int last) {
    return seasons(season, last);
  }

  /** This merge of one of its seasons. */
  public MergeConfig forSeason(int one) {
    return seasons(one, one);
  }

  private MergeConfig seasons(int first, int last) {
    if (last < first || verb != Verb.MERGE && last != first || export && last != first) {
      throw new IllegalArgumentException(
          "seasons " + first + "-" + last + ": a range is for a merge without --export");
    }
    return copy(first, last, export);
  }

  private MergeConfig copy(int first, int last, boolean andExport) {
    return new MergeConfig(
        verb,
        first,
        last,
        lake,
        master,
        keepSnapshots,
        orphanAge,
        executorWait,
        dryRun,
        eventLogDir,
        allSeasons,
        publicRead,
        andExport);
  }

  /** The seasons merged or exported, in order; none for {@code --all-seasons}. */
  public List<Integer> seasons() {
    return allSeasons ? List.of() : IntStream.rangeClosed(season, lastSeason).boxed().toList();
  }

  /** {@code 2025}, {@code 2001-2026}, or {@code all}: the seasons as {@code --season} says them. */
  public String seasonsLabel() {
    return allSeasons ? "all" : season + (lastSeason == season ? "" : "-" + lastSeason);
  }

  /** The arguments {@link #fromArgs} reads back into this config. */
  public List<String> toArgs() {
    List<String> args = new ArrayList<>();
    args.add(verb.name().toLowerCase());
    if (allSeasons) {
      args.add("--all-seasons");
    } else {
      args.addAll(List.of("--season", seasonsLabel()));
    }
    args.addAll(List.of("--lake", lake.root(), "--region", lake.region()));
    optional(args, "--s3-endpoint", lake.s3Endpoint());
    optional(args, "--catalog-uri", lake.catalogUri());
    new TreeMap<>(lake.catalogOverrides())
        .forEach((k, v) -> args.addAll(List.of("--catalog", k + "=" + v)));
    args.addAll(List.of("--keep-snapshots", String.valueOf(keepSnapshots)));
    args.addAll(List.of("--orphan-age", orphanAge.toString()));
    args.addAll(List.of("--executor-wait", executorWait.toString()));
    optional(args, "--master", master);
    optional(args, "--event-log-dir", eventLogDir);
    if (dryRun) {
      args.add("--dry-run");
    }
    if (publicRead) {
      args.add("--public-read");
    }
    if (export) {
      args.add("--export");
    }
    return args;
  }

  private static void optional(List<String> args, String name, String value) {
    if (value != null) {
      args.addAll(List.of(name, value));
    }
  }

  private static final Set<String> FLAGS =
      Set.of("dry-run", "all-seasons", "public-read", "export");

  private static final Set<String> OPTIONS =
      Set.of(
          "season",
          "lake",
          "master",
          "s3-endpoint",
          "region",
          "catalog-uri",
          "keep-snapshots",
          "orphan-age",
          "executor-wait",
          "event-log-dir");

  static final String USAGE =
      "usage: merge|export --season S [--lake BUCKET[/PREFIX]] [--s3-endpoint URL] [--region R]"
          + " --catalog-uri URI [--catalog KEY=VALUE]... [--master M] [--keep-snapshots N]"
          + " [--orphan-age ISO-DURATION] [--executor-wait ISO-DURATION] [--dry-run]"
          + " [--event-log-dir DIR] [--export];"
          + " export --all-seasons | --season S [--public-read];"
          + " merge --season S1-S2 (every season of a backfill in one application)";

  public static MergeConfig fromArgs(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException(USAGE);
    }
    Verb verb =
        switch (args[0]) {
          case "merge" -> Verb.MERGE;
          case "export" -> Verb.EXPORT;
          default -> throw new IllegalArgumentException("unknown verb " + args[0] + "; " + USAGE);
        };
    Map<String, String> options = new HashMap<>();
    Map<String, String> catalog = new TreeMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (FLAGS.contains(name)) {
        flags.add(name);
      } else if (name.equals("catalog") && i + 1 < args.length && args[i + 1].contains("=")) {
        String property = args[++i];
        int eq = property.indexOf('=');
        catalog.put(property.substring(0, eq), property.substring(eq + 1));
      } else if (OPTIONS.contains(name) && i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("unexpected " + args[i] + "; " + USAGE);
      }
    }
    boolean allSeasons = flags.contains("all-seasons");
    if (allSeasons && verb != Verb.EXPORT) {
      throw new IllegalArgumentException("--all-seasons is for export only; " + USAGE);
    }
    if (flags.contains("export") && verb != Verb.MERGE) {
      throw new IllegalArgumentException("--export is for merge only; " + USAGE);
    }
    if (allSeasons == options.containsKey("season")) {
      throw new IllegalArgumentException(
          (allSeasons ? "--season or --all-seasons, not both; " : "--season is required; ")
              + USAGE);
    }
    if (!options.containsKey("catalog-uri") && !catalog.containsKey("uri")) {
      throw new IllegalArgumentException(
          "the Iceberg catalog is required: --catalog-uri, or --catalog uri=...; " + USAGE);
    }
    int keep =
        Integer.parseInt(
            options.getOrDefault("keep-snapshots", String.valueOf(DEFAULT_KEEP_SNAPSHOTS)));
    if (keep < 1) {
      throw new IllegalArgumentException("--keep-snapshots must be at least 1");
    }
    Lake lake =
        new Lake(
            options.getOrDefault("lake", LakeLayout.DEFAULT_BUCKET),
            options.get("s3-endpoint"),
            options.getOrDefault("region", Lake.DEFAULT_REGION),
            options.get("catalog-uri"),
            catalog);
    String[] range = allSeasons ? new String[] {"0"} : options.get("season").split("-", 2);
    int first = Integer.parseInt(range[0].trim());
    int last = range.length == 2 ? Integer.parseInt(range[1].trim()) : first;
    return new MergeConfig(
            verb,
            first,
            first,
            lake,
            options.get("master"),
            keep,
            Duration.parse(options.getOrDefault("orphan-age", DEFAULT_ORPHAN_AGE.toString())),
            Duration.parse(options.getOrDefault("executor-wait", DEFAULT_EXECUTOR_WAIT.toString())),
            flags.contains("dry-run"),
            options.get("event-log-dir"),
            allSeasons,
            flags.contains("public-read"),
            flags.contains("export"))
        .throughSeason(last);
  }
}
