package dev.shotcharts.cli;

import dev.shotcharts.merge.ExportResult;
import dev.shotcharts.merge.MergeConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts export}: the legacy per-season CSV archive, exports/shots-Y.tgz. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export the published season as the legacy CSV archive exports/shots-Y.tgz (Y the year the"
            + " season starts: --season 2025 writes shots-2024.tgz, as the original dataset).")
public final class ExportCommand implements Callable<Integer> {
  static final class Seasons {
    @Option(names = "--season", required = true, description = "Season by the year it ends.")
    Integer season;

    @Option(
        names = "--all-seasons",
        required = true,
        description = "Every season the lake's table holds.")
    boolean all;
  }

  @ArgGroup(multiplicity = "1")
  Seasons seasons;

  @Option(
      names = "--public-read",
      description =
          "Make the archives public-read, as the original dataset's were (default: private, like"
              + " the rest of the bucket).")
  boolean publicRead;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    var launcher = lake.launcher();
    MergeConfig defaults =
        launcher.config(MergeConfig.Verb.EXPORT, seasons.all ? 0 : seasons.season, lake.master());
    ExportResult result =
        launcher.export(
            new MergeConfig(
                defaults.verb(),
                defaults.season(),
                defaults.lastSeason(),
                defaults.lake(),
                defaults.master(),
                defaults.keepSnapshots(),
                defaults.orphanAge(),
                defaults.executorWait(),
                false,
                null,
                seasons.all,
                publicRead,
                false));
    System.out.println(
        "exported " + result.rows() + " rows to " + String.join(", ", result.archives()));
    return 0;
  }
}
