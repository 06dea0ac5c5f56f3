package dev.shotcharts.views.report;

import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.GameDone;
import dev.shotcharts.model.InvalidRecordException;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What Kafka knows of one season, as a {@code read_committed} reader sees it: the schedule as the
 * scraper last read it, the games it published, and every raw record of the season sorted into
 * curated events, duplicates and dead letters (a dead letter names the offset of its record).
 */
public record SeasonTopics(
    Map<String, ScheduleEntry> schedule,
    Map<String, GameDone> published,
    long records,
    long distinctEvents,
    long duplicates,
    long deadLetters,
    long markersDeadLettered,
    Map<String, ReasonCount> deadLettersByReason) {

  /** Dead letters of one kind: how many, and one whole message as an example. */
  public record ReasonCount(String reason, String errorClass, long count, String example) {}

  /**
   * Reads the season: the two compacted topics and the dead letters whole, and of the raw records
   * only the offset ranges its published games name ({@link GameDone#records()}), so a report costs
   * one season, not the history.
   */
  public static SeasonTopics read(String bootstrapServers, int season) {
    Map<String, ScheduleEntry> schedule =
        ofSeason(
            TopicReader.latestByKey(bootstrapServers, Topics.SCHEDULE),
            ScheduleEntry.class,
            ScheduleEntry::season,
            season);
    // A tombstone on the games topic means: scrape that game again; it is not published.
    Map<String, GameDone> published =
        ofSeason(
            TopicReader.latestByKey(bootstrapServers, Topics.GAMES),
            GameDone.class,
            GameDone::season,
            season);
    Set<String> games = new HashSet<>(schedule.keySet());
    games.addAll(published.keySet());

    Map<String, DeadLetter> deadByOrigin = new HashMap<>();
    Map<String, ReasonCount> reasons = new TreeMap<>();
    long[] markers = new long[1]; // the scraper's: markers it could not read
    TopicReader.forEach(
        bootstrapServers,
        Topics.DEAD_LETTERS,
        r -> {
          DeadLetter letter = RecordJson.fromJson(text(r.value()), DeadLetter.class);
          // The scraper keys its dead letters by game; the job's name their record's key.
          String game = letter.ofMarker() ? r.key() : letter.key();
          if (game == null || !games.contains(game)) {
            return; // another season's game
          }
          if (!letter.ofMarker()) {
            deadByOrigin.put(origin(letter.topic(), letter.partition(), letter.offset()), letter);
          } else {
            markers[0]++;
            count(reasons, letter);
          }
        });

    long[] counts = new long[3]; // records, duplicates, dead letters
    Set<String> events = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Consumer<ConsumerRecord<String, byte[]>> tally =
        r -> {
          if (r.key() == null || !games.contains(r.key())) {
            return; // another season's game
          }
          counts[0]++;
          String origin = origin(r.topic(), r.partition(), r.offset());
          DeadLetter letter = deadByOrigin.get(origin);
          if (letter != null) {
            seen.add(origin);
            counts[2]++;
            count(reasons, letter);
            return;
          }
          try {
            if (!events.add(RecordJson.readRawShot(r.value()).eventId())) {
              counts[1]++;
            }
          } catch (InvalidRecordException e) {
            // Not curated and not yet a dead letter: the job has not reached it.
          }
        };
    Optional<List<GameDone.OffsetRange>> ranges = ranges(published.values());
    if (ranges.isPresent()) {
      TopicReader.forEachIn(bootstrapServers, Topics.SHOT_CHARTS, ranges.get(), tally);
    } else {
      TopicReader.forEach(bootstrapServers, Topics.SHOT_CHARTS, tally);
    }
    // A record of the season's games written by another producer than the scraper lies outside
    // the published ranges; the job's dead letter still names it.
    deadByOrigin.forEach(
        (origin, letter) -> {
          if (!seen.contains(origin)) {
            counts[0]++;
            counts[2]++;
            count(reasons, letter);
          }
        });
    return new SeasonTopics(
        schedule, published, counts[0], events.size(), counts[1], counts[2], markers[0], reasons);
  }

  /**
   * Where the season's raw records are, from the games' markers; empty when some published game's
   * are not known (a marker from before the ranges), and the topic is then read whole.
   */
  private static Optional<List<GameDone.OffsetRange>> ranges(Collection<GameDone> published) {
    List<GameDone.OffsetRange> ranges = new ArrayList<>();
    for (GameDone game : published) {
      if (game.records() == null) {
        return Optional.empty();
      }
      ranges.addAll(game.records());
    }
    return Optional.of(ranges);
  }

  private static void count(Map<String, ReasonCount> reasons, DeadLetter letter) {
    String reason = reason(letter.error());
    reasons.merge(
        reason,
        new ReasonCount(reason, letter.errorClass(), 1, letter.error()),
        (a, b) -> new ReasonCount(reason, a.errorClass(), a.count() + 1, a.example()));
  }

  /**
   * Shot markers on the pages, as the scraper counted them when it last published each game: its
   * raw records and the markers it could not read (dead-lettered beside them).
   */
  public long markersScraped() {
    return published.values().stream().mapToLong(GameDone::shots).sum() + markersDeadLettered;
  }

  /**
   * The kind of failure: the message up to its first detail (a colon or a quoted value), so that
   * "result is neither make nor miss: swish" and "...: shot" count as one reason.
   */
  static String reason(String error) {
    if (error == null || error.isBlank()) {
      return "(no message)";
    }
    int end = error.length();
    for (String mark : new String[] {":", " '"}) {
      int at = error.indexOf(mark);
      if (at > 0) {
        end = Math.min(end, at);
      }
    }
    return error.substring(0, end).strip();
  }

  /** The values of a compacted topic that belong to the season, by key. */
  private static <T> Map<String, T> ofSeason(
      Map<String, byte[]> latest, Class<T> type, ToIntFunction<T> seasonOf, int season) {
    Map<String, T> values = new TreeMap<>();
    latest.forEach(
        (key, bytes) -> {
          T value = RecordJson.fromJson(text(bytes), type);
          if (seasonOf.applyAsInt(value) == season) {
            values.put(key, value);
          }
        });
    return values;
  }

  private static String origin(String topic, int partition, long offset) {
    return topic + "/" + partition + "/" + offset;
  }

  private static String text(byte[] value) {
    return new String(value, StandardCharsets.UTF_8);
  }
}
