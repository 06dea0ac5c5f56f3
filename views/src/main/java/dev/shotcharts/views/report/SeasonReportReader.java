package dev.shotcharts.views.report;

import dev.shotcharts.clients.LakeClient;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.views.SeasonQuery;
import dev.shotcharts.views.SeasonQuery.QueryException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Gathers a {@link SeasonReport}: Kafka's topics, the season in the table, the export. */
public final class SeasonReportReader {
  private static final Logger LOG = LoggerFactory.getLogger(SeasonReportReader.class);

  /** Players with a row and a chart on the page, most attempts first. */
  public static final int PLAYERS = 30;

  private final SeasonQuery lake;
  private final S3Client s3;
  private final String bucket;
  private final Clock clock;

  public SeasonReportReader(SeasonQuery lake, S3Client s3, String bucket, Clock clock) {
    this.lake = lake;
    this.s3 = s3;
    this.bucket = bucket;
    this.clock = clock;
  }

  /** The season's report from a lake and brokers, with a client of its own. */
  public static SeasonReport read(
      LakeSettings lake, String bootstrapServers, Path cache, int season)
      throws QueryException, IOException {
    LOG.info("[1/3] reading the season's topics from Kafka at {}", bootstrapServers);
    return read(lake, SeasonTopics.read(bootstrapServers, season), cache, season);
  }

  /** The season's report from its topics as already read (the demo counts the same ones). */
  public static SeasonReport read(LakeSettings lake, SeasonTopics topics, Path cache, int season)
      throws QueryException, IOException {
    try (S3Client s3 = LakeClient.of(lake);
        ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      return new SeasonReportReader(
              new SeasonQuery(s3, catalog, lake.bucket(), cache),
              s3,
              lake.bucket(),
              Clock.systemUTC())
          .read(season, topics);
    }
  }

  /** The season's report: its {@code topics} beside its rows in the table and the export. */
  public SeasonReport read(int season, SeasonTopics topics) throws QueryException, IOException {
    LOG.info("[2/3] reading season {} from the table's current snapshot", season);
    SeasonQuery.Published at = lake.published(season);
    List<Integer> seasons = List.of(season);
    List<ShotTally.Shot> shots =
        lake.select(
            seasons,
            "SELECT " + ShotTally.Shot.COLUMNS + " FROM shots",
            List.of(),
            ShotTally.Shot::of);
    Set<String> games =
        new HashSet<>(
            lake.select(
                seasons, "SELECT DISTINCT game_id FROM shots", List.of(), r -> r.getString(1)));
    SeasonReport.Fresh published = freshness(seasons, false);
    SeasonReport.Fresh fresh = freshness(seasons, true);
    LOG.info("[3/3] counting the rows of {}", LakeLayout.export(season));
    Long exported = exportRows(season);

    List<SeasonReport.MissingGame> missing = SeasonReport.missing(topics, games);
    Set<String> played = new HashSet<>(topics.schedule().keySet());
    played.addAll(topics.published().keySet());
    return new SeasonReport(
        season,
        clock.instant(),
        at.snapshotId(),
        at.at(),
        published.newestScrapedAt(),
        fresh,
        played.size(),
        games.size(),
        missing,
        new SeasonReport.Hops(
            topics.markersScraped(),
            topics.records(),
            topics.distinctEvents(),
            topics.duplicates(),
            topics.deadLetters(),
            shots.size(),
            exported),
        List.copyOf(topics.deadLettersByReason().values()),
        ShotTally.league(shots),
        ShotTally.teams(shots),
        ShotTally.players(shots, PLAYERS));
  }

  /** Rows and the newest {@code scraped_at} of the snapshot, or of the fresh view. */
  private SeasonReport.Fresh freshness(List<Integer> seasons, boolean fresh)
      throws QueryException, IOException {
    return lake.select(
            seasons,
            fresh,
            "SELECT count(*), max(scraped_at) FROM shots",
            List.of(),
            r ->
                new SeasonReport.Fresh(
                    r.getLong(1), r.getTimestamp(2) == null ? null : r.getTimestamp(2).toInstant()))
        .get(0);
  }

  /** The data lines of the season's CSV archive, or null when there is none yet. */
  private Long exportRows(int season) throws IOException {
    try (InputStream object = s3.getObject(b -> b.bucket(bucket).key(LakeLayout.export(season)));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(object))) {
      if (tar.getNextEntry() == null) {
        return 0L;
      }
      return Math.max(0, csvRecords(new InputStreamReader(tar, StandardCharsets.UTF_8)) - 1);
    } catch (NoSuchKeyException e) {
      return null;
    }
  }

  /** Records of an RFC 4180 text: line ends outside quotes (a quoted field may hold one). */
  static long csvRecords(Reader text) throws IOException {
    BufferedReader in = new BufferedReader(text);
    long records = 0;
    boolean quoted = false;
    boolean pending = false;
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (c == '"') {
        quoted = !quoted; // an escaped quote ("") toggles twice
      }
      if (c == '\n' && !quoted) {
        records++;
        pending = false;
      } else {
        pending = true;
      }
    }
    return records + (pending ? 1 : 0);
  }
}
