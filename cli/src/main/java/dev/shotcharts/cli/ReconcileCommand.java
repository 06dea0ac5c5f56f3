package dev.shotcharts.cli;

import dev.shotcharts.pipeline.SeasonCounts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shotcharts reconcile --season S}: the counts at both ends of a running deployment, as the
 * demo counts them ({@link SeasonCounts}); exit code 0 when they balance.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description =
        "Count a season at both ends: distinct events in Kafka, dead letters, rows in the lake's"
            + " table; exit 1 unless they balance.")
public final class ReconcileCommand implements Callable<Integer> {
  @Option(names = "--season", required = true, description = "Season by the year it ends.")
  int season;

  @Mixin KafkaOptions kafka;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    SeasonCounts counts = SeasonCounts.read(kafka.bootstrapServers(), lake.settings(), season);
    System.out.println("season                         " + season);
    System.out.println("distinct events in Kafka       " + counts.distinctEvents());
    System.out.println("markers dead-lettered          " + counts.markerDeadLetters());
    System.out.println("dead letters of the job        " + counts.jobDeadLetters());
    System.out.println("rows in the season table       " + counts.tableRows());
    System.out.println(counts.balanced() ? "RECONCILED" : "NOT RECONCILED");
    return counts.balanced() ? 0 : 1;
  }
}
