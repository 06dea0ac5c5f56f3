package dev.shotcharts.cli;

import dev.shotcharts.engines.LakeSettings;
import dev.shotcharts.pipeline.SeasonQuery;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.S3Client;

/** Where the commands that read the published lake keep their local copies of its snapshots. */
public final class LakeCacheOptions {
  @Option(
      names = "--cache-dir",
      defaultValue = "${env:SHOTCHARTS_LAKE_CACHE:-.shotcharts/cache/lake}",
      description = "Local copies of the snapshots, by snapshot id (default: ${DEFAULT-VALUE}).")
  Path cacheDir;

  SeasonQuery query(S3Client s3, LakeSettings settings) {
    return new SeasonQuery(s3, settings.bucket(), cacheDir);
  }
}
