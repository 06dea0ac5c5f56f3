package dev.shotcharts.cli;

import dev.shotcharts.merge.MergeConfig;
import java.util.concurrent.Callable;
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
  @Option(names = "--season", required = true, description = "Season by the year it ends.")
  int season;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    var launcher = lake.launcher();
    var result = launcher.export(launcher.config(MergeConfig.Verb.EXPORT, season, lake.master));
    System.out.println("exported " + result.rows() + " rows");
    return 0;
  }
}
