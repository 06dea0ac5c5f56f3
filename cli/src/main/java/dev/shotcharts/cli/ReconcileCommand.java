package dev.shotcharts.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.shotcharts.engines.ShotsCatalog;
import dev.shotcharts.engines.TopicReader;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shotcharts reconcile --season S}: the counts at both ends of a running deployment, as the
 * demo prints them: the season's distinct events in Kafka, the dead letters (the scraper's
 * unreadable markers apart from the job's), and the rows Iceberg plans for the season. Exit code 0
 * when the table holds exactly the distinct events and the job dead-lettered nothing.
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
    String brokers = kafka.bootstrapServers();
    long events =
        TopicReader.readAll(brokers, Topics.SHOT_CHARTS).stream()
            .map(r -> RecordJson.readRawShot(r.value()))
            .filter(s -> s.season() == season)
            .map(RawShot::eventId)
            .distinct()
            .count();
    List<DeadLetter> dead =
        TopicReader.readAll(brokers, Topics.DEAD_LETTERS).stream()
            .map(r -> RecordJson.fromJson(new String(r.value(), UTF_8), DeadLetter.class))
            .toList();
    long markers = dead.stream().filter(DeadLetter::ofMarker).count();
    ShotsCatalog.Scan table;
    try (ShotsCatalog catalog = ShotsCatalog.open(lake.settings())) {
      table = catalog.plan(List.of(season), ShotsCatalog.AsOf.CURRENT);
    }
    boolean balanced = table.rows() == events && dead.size() == markers;
    System.out.println("season                         " + season);
    System.out.println("distinct events in Kafka       " + events);
    System.out.println("markers dead-lettered          " + markers);
    System.out.println("dead letters of the job        " + (dead.size() - markers));
    System.out.println("rows in the season table       " + table.rows());
    System.out.println(balanced ? "RECONCILED" : "NOT RECONCILED");
    return balanced ? 0 : 1;
  }
}
