package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a merge or an export is told: {@code merge|export --season S [--lake s3a://bucket] [--master
 * M] [--s3-endpoint URL] [--keep-snapshots 2] [--dry-run] [--event-log-dir DIR]}; for a merge
 * {@code --export} (export the published season too, in the same Spark application), and for an
 * export {@code --all-seasons} (season 0: every published season) and {@code --public-read}.
 * Credentials never come as arguments: the AWS default chain (environment, profile, instance role)
 * provides them.
 */
public record MergeConfig(
    Verb verb,
    int season,
    String lakeUri,
    String master,
    String s3Endpoint,
    int keepSnapshots,
    boolean dryRun,
    String eventLogDir,
    boolean allSeasons,
    boolean publicRead,
    boolean export) {

  public enum Verb {
    MERGE,
    EXPORT
  }

  public static final int DEFAULT_KEEP_SNAPSHOTS = 2;

  /** The child JVM's last line: this prefix, then the result as JSON. */
  public static final String RESULT_PREFIX = "SHOTCHARTS-RESULT ";

  /** The same merge, also exporting the published season in the same Spark application. */
  public MergeConfig withExport() {
    return new MergeConfig(
        verb,
        season,
        lakeUri,
        master,
        s3Endpoint,
        keepSnapshots,
        dryRun,
        eventLogDir,
        allSeasons,
        publicRead,
        true);
  }

  /**
   * A merge or an export of one season at the defaults: two snapshots kept, no dry run, private
   * archives; Spark's event log in {@code eventLogDir} (null: none).
   */
  public static MergeConfig of(
      Verb verb, int season, String lakeUri, String master, String s3Endpoint, String eventLogDir) {
    return new MergeConfig(
        verb,
        season,
        lakeUri,
        master,
        s3Endpoint,
        DEFAULT_KEEP_SNAPSHOTS,
        false,
        eventLogDir,
        false,
        false,
        false);
  }

  /** The arguments {@link #fromArgs} reads back into this config. */
  public List<String> toArgs() {
    List<String> args = new ArrayList<>();
    args.add(verb.name().toLowerCase());
    if (allSeasons) {
      args.add("--all-seasons");
    } else {
      args.addAll(List.of("--season", String.valueOf(season)));
    }
    args.addAll(List.of("--lake", lakeUri));
    args.addAll(List.of("--keep-snapshots", String.valueOf(keepSnapshots)));
    optional(args, "--master", master);
    optional(args, "--s3-endpoint", s3Endpoint);
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
      Set.of("season", "lake", "master", "s3-endpoint", "keep-snapshots", "event-log-dir");

  static final String USAGE =
      "usage: merge|export --season S [--lake s3a://bucket] [--master M] [--s3-endpoint URL]"
          + " [--keep-snapshots N] [--dry-run] [--event-log-dir DIR] [--export];"
          + " export --all-seasons | --season S [--public-read]";

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
    Set<String> flags = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (FLAGS.contains(name)) {
        flags.add(name);
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
    int keep =
        Integer.parseInt(
            options.getOrDefault("keep-snapshots", String.valueOf(DEFAULT_KEEP_SNAPSHOTS)));
    if (keep < 1) {
      throw new IllegalArgumentException("--keep-snapshots must be at least 1");
    }
    return new MergeConfig(
        verb,
        allSeasons ? 0 : Integer.parseInt(options.get("season")),
        options.getOrDefault("lake", "s3a://" + LakeLayout.DEFAULT_BUCKET),
        options.get("master"),
        options.get("s3-endpoint"),
        keep,
        flags.contains("dry-run"),
        options.get("event-log-dir"),
        allSeasons,
        flags.contains("public-read"),
        flags.contains("export"));
  }
}
