package dev.shotcharts.cli;

import dev.shotcharts.clients.LakeClient;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.views.SeasonQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shotcharts query --season S "SQL"}: the published lake as a table {@code shots}. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "SQL over the season(s) of the lake's Iceberg table as the view shots (embedded DuckDB), e.g."
            + " query --season 2025 \"SELECT player, avg(made::int) FROM shots GROUP BY 1\".")
public final class QueryCommand implements Callable<Integer> {
  @Mixin SeasonsOption seasons;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv (with a header), table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin LakeCacheOptions cache;

  @Option(
      names = "--fresh",
      description =
          "Also the committed ongoing rows not merged yet (newest per event_id): last night's"
              + " games before the weekly merge.")
  boolean fresh;

  @Option(
      names = "--as-of",
      description =
          "The table as it was: a snapshot id (merge prints them; status lists the current one), or"
              + " a time (2026-11-23T04:05:00Z).")
  String asOf;

  @Parameters(paramLabel = "SQL", description = "The query; the table is shots.")
  String sql;

  @Mixin LakeOptions lake;

  @Override
  public Integer call() throws Exception {
    var settings = lake.settings();
    try (var s3 = LakeClient.of(settings);
        var catalog = ShotsCatalog.open(settings)) {
      cache
          .query(s3, catalog, settings)
          .asOf(asOf())
          .run(
              seasons.seasons(),
              fresh,
              sql,
              SeasonQuery.Format.valueOf(format.toUpperCase()),
              System.out);
      return 0;
    } catch (SeasonQuery.QueryException e) {
      System.err.println("query: " + e.getMessage());
      return 1;
    }
  }

  private ShotsCatalog.AsOf asOf() {
    if (asOf == null) {
      return ShotsCatalog.AsOf.CURRENT;
    }
    if (asOf.matches("-?\\d+")) {
      return new ShotsCatalog.AsOf.SnapshotId(Long.parseLong(asOf));
    }
    try {
      return new ShotsCatalog.AsOf.Time(java.time.Instant.parse(asOf).toEpochMilli());
    } catch (java.time.format.DateTimeParseException e) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this),
          "--as-of " + asOf + ": neither a snapshot id nor a time like 2026-11-23T04:05:00Z");
    }
  }
}
