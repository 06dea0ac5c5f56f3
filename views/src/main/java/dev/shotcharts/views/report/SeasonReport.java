package dev.shotcharts.views.report;

import dev.shotcharts.model.GameDone;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.views.report.SeasonTopics.ReasonCount;
import dev.shotcharts.views.report.ShotTally.Group;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Everything the season's report page shows, read from Kafka and the published lake. */
public record SeasonReport(
    int season,
    Instant generatedAt,
    String snapshotId,
    Instant publishedAt,
    Instant newestScrapedAt,
    Fresh fresh,
    int gamesPlayed,
    int gamesInSnapshot,
    List<MissingGame> missing,
    Hops hops,
    List<ReasonCount> deadLetters,
    Group league,
    List<Group> teams,
    List<Group> players) {

  /** The fresh view: the snapshot and the committed ongoing rows not merged yet. */
  public record Fresh(long rows, Instant newestScrapedAt) {}

  /** The counts at every hop, from the page to the export. */
  public record Hops(
      long markersScraped,
      long kafkaRecords,
      long curatedEvents,
      long duplicates,
      long deadLetters,
      long snapshotRows,
      Long exportRows) {
    /** The lake holds every curated event once, and the export every row of the snapshot. */
    public boolean reconciled() {
      return snapshotRows == curatedEvents
          && kafkaRecords == curatedEvents + duplicates + deadLetters
          && exportRows != null
          && exportRows == snapshotRows;
    }
  }

  /** A game the schedule lists as played that the snapshot does not hold, and why. */
  public record MissingGame(String gameId, String gameDate, String matchup, String reason) {}

  /** "2024-25" for 2025. */
  public String seasonName() {
    return (season - 1) + "-" + String.format("%02d", season % 100);
  }

  /**
   * The played games (the scraper's schedule and every game it published) that the snapshot lacks,
   * in date order, each with the likeliest reason: what the scraper said, else where it stopped.
   */
  static List<MissingGame> missing(SeasonTopics topics, Set<String> inSnapshot) {
    Map<String, MissingGame> missing = new TreeMap<>();
    topics
        .schedule()
        .forEach(
            (id, entry) -> {
              if (!inSnapshot.contains(id)) {
                missing.put(
                    id,
                    new MissingGame(
                        id,
                        entry.gameDate(),
                        entry.awayTeam() + " @ " + entry.homeTeam(),
                        reason(entry, topics.published().get(id))));
              }
            });
    topics
        .published()
        .forEach(
            (id, done) -> {
              if (!inSnapshot.contains(id) && !missing.containsKey(id)) {
                missing.put(id, new MissingGame(id, dateOf(id), "", reason(null, done)));
              }
            });
    List<MissingGame> sorted = new ArrayList<>(missing.values());
    sorted.sort(
        java.util.Comparator.comparing(MissingGame::gameDate).thenComparing(MissingGame::gameId));
    return sorted;
  }

  private static String reason(ScheduleEntry entry, GameDone done) {
    if (done != null) {
      return done.shots() == 0
          ? "published with no shot markers (the chart page had none)"
          : "published to Kafka ("
              + done.shots()
              + " shots, scraped "
              + done.scrapedAt()
              + "); not in the snapshot: the next merge adds it, or its records are dead letters";
    }
    if (entry == null) {
      return "not scraped";
    }
    return switch (entry.status()) {
      case FAILED -> "scrape failed: " + entry.reason();
      case NOT_REACHED -> "not reached: " + entry.reason();
      default -> "not published (the scraper's last run: " + entry.status() + ")";
    };
  }

  /** The date in a game id (yyyyMMdd0HOM), ISO. */
  private static String dateOf(String gameId) {
    return gameId.length() < 8
        ? gameId
        : gameId.substring(0, 4) + "-" + gameId.substring(4, 6) + "-" + gameId.substring(6, 8);
  }
}
