package dev.shotcharts.cli;

import dev.shotcharts.views.SeasonQuery;
import dev.shotcharts.views.report.ReportPage;
import dev.shotcharts.views.report.SeasonReportReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shotcharts report --season S --out DIR}: the season's page, from Kafka and the lake. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write DIR/index.html, one self-contained page for the season: completeness against the"
            + " schedule, the counts at every hop, dead letters by reason, FG%% by zone, teams and"
            + " players with their charts, freshness.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--season", required = true, description = "Season by the year it ends.")
  int season;

  @Option(names = "--out", required = true, description = "Directory for index.html.")
  Path out;

  @Mixin LakeOptions lake;

  @Mixin LakeCacheOptions cache;

  @Mixin KafkaOptions kafka;

  @Override
  public Integer call() throws Exception {
    try {
      var report =
          SeasonReportReader.read(
              lake.settings(), kafka.bootstrapServers(), cache.cacheDir, season);
      Path page = ReportPage.write(report, out);
      System.out.println(
          "wrote "
              + page.toAbsolutePath()
              + ": "
              + report.hops().snapshotRows()
              + " shots, "
              + report.missing().size()
              + " played games missing from the snapshot");
      return 0;
    } catch (SeasonQuery.QueryException e) {
      System.err.println("report: " + e.getMessage());
      return 1;
    } catch (KafkaException e) {
      System.err.println(
          "report: cannot read the topics at " + kafka.bootstrapServers() + ": " + e.getMessage());
      return 1;
    }
  }
}
