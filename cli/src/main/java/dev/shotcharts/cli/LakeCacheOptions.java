package dev.shotcharts.cli;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.views.SeasonQuery;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.S3Client;

/** Where the commands that read the lake keep their local copies of the table's data files. */
public final class LakeCacheOptions {
  @Option(
      names = "--cache-dir",
      defaultValue = "${env:SHOTCHARTS_LAKE_CACHE:-.shotcharts/cache/lake}",
      description = "Local copies of the table's data files (default: ${DEFAULT-VALUE}).")
  Path cacheDir;

  SeasonQuery query(S3Client s3, ShotsCatalog catalog, LakeSettings settings) {
    return new SeasonQuery(s3, catalog, settings.bucket(), cacheDir);
  }
}
