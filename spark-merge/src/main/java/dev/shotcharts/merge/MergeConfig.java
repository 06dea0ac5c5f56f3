package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a merge or an export is told: {@code merge|export --season S [--lake s3a://bucket] [--master
 * M] [--s3-endpoint URL] [--keep-snapshots 2] [--dry-run] [--event-log-dir DIR]}. Credentials never
 * come as arguments: the AWS default chain (environment, profile, instance role) provides them.
 */
public record MergeConfig(
    Verb verb,
    int season,
    String lakeUri,
    String master,
    String s3Endpoint,
    int keepSnapshots,
    boolean dryRun,
    String eventLogDir) {

  public enum Verb {
    MERGE,
    EXPORT
  }

  private static final Set<String> OPTIONS =
      Set.of("season", "lake", "master", "s3-endpoint", "keep-snapshots", "event-log-dir");

  static final String USAGE =
      "usage: merge|export --season S [--lake s3a://bucket] [--master M] [--s3-endpoint URL]"
          + " [--keep-snapshots N] [--dry-run] [--event-log-dir DIR]";

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
    boolean dryRun = false;
    for (int i = 1; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (name.equals("dry-run")) {
        dryRun = true;
      } else if (OPTIONS.contains(name) && i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("unexpected " + args[i] + "; " + USAGE);
      }
    }
    if (!options.containsKey("season")) {
      throw new IllegalArgumentException("--season is required; " + USAGE);
    }
    int keep = Integer.parseInt(options.getOrDefault("keep-snapshots", "2"));
    if (keep < 1) {
      throw new IllegalArgumentException("--keep-snapshots must be at least 1");
    }
    return new MergeConfig(
        verb,
        Integer.parseInt(options.get("season")),
        options.getOrDefault("lake", "s3a://" + LakeLayout.DEFAULT_BUCKET),
        options.get("master"),
        options.get("s3-endpoint"),
        keep,
        dryRun,
        options.get("event-log-dir"));
  }
}
