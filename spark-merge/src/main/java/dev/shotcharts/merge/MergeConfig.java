package dev.shotcharts.merge;

import dev.shotcharts.model.LakeLayout;
import java.util.HashMap;
import java.util.Map;

/**
 * What a merge is told: {@code --season S [--lake s3a://bucket] [--master M] [--s3-endpoint URL]}.
 * Credentials never come as arguments: the AWS default chain (environment, profile, instance role).
 */
public record MergeConfig(int season, String lakeUri, String master, String s3Endpoint) {

  public static MergeConfig fromArgs(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "usage: --season S [--lake s3a://bucket] [--master M] [--s3-endpoint URL]; got "
                + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    String season = options.get("season");
    if (season == null) {
      throw new IllegalArgumentException("--season is required");
    }
    return new MergeConfig(
        Integer.parseInt(season),
        options.getOrDefault("lake", "s3a://" + LakeLayout.DEFAULT_BUCKET),
        options.get("master"),
        options.get("s3-endpoint"));
  }

  public String ongoingSeasonUri() {
    return lakeUri + "/" + LakeLayout.ongoingSeason(season);
  }

  public String latestMarkerUri() {
    return lakeUri + "/" + LakeLayout.latestMarker(season);
  }

  public String snapshotUri(String snapshotId) {
    return lakeUri + "/" + LakeLayout.snapshot(season, snapshotId);
  }
}
