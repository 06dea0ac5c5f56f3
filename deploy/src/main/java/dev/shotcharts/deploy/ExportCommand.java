package dev.shotcharts.deploy;

import dev.shotcharts.engines.EngineJars;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts export}: the legacy per-season CSV archive, exports/shots-S.tgz. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export the published season as the legacy CSV archive exports/shots-S.tgz.")
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--season", required = true, description = "Season by the year it ends.")
  int season;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    System.out.println(
        new SparkMergeLauncher(EngineJars.fromBuild(), lake.settings())
            .run("export", season, lake.master, List.of()));
    return 0;
  }
}
