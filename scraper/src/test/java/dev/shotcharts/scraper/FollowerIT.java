package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.Topics;
import dev.shotcharts.testing.FixtureSite;
import dev.shotcharts.testing.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follower against a fixture site whose schedule marks games played over time, publishing to a
 * real broker: each game once, through restarts, a crash mid-game, a second follower, a chart page
 * published late, an unchanged schedule, 429s and a 403.
 */
class FollowerIT {
  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
  @RegisterExtension static final FixtureSite SITE = new FixtureSite("sites/season");

  static final String MONTH = "/leagues/NBA_2025_games-november.html";
  static final String LAL = "202411010LAL";
  static final String SAS = "202411020SAS";
  static final String DEN = "202411030DEN"; // its chart page is a maintenance page: never parses
  static final String NYK = "202411040NYK";

  /** The evening of 4 November on the site's calendar. */
  static final Clock EVENING =
      Clock.fixed(Instant.parse("2024-11-05T02:00:00Z"), FollowConfig.SITE_ZONE);

  static final Duration POLL = Duration.ofSeconds(30);

  /** The November page with a box score for the {@code played} games only. */
  static void schedule(String... played) throws Exception {
    Document page = Jsoup.parse(SITE.original(MONTH));
    Set<String> done = Set.of(played);
    for (Element date : page.select("th[data-stat=date_game][csk]")) {
      if (!done.contains(date.attr("csk"))) {
        Element row = date.parent();
        row.select("td[data-stat=box_score_text], td[data-stat$=_pts]").forEach(Element::empty);
      }
    }
    SITE.replace(MONTH, page.outerHtml());
  }

  static Follower follower(Path cache, Path state, FakeSleeper sleeper) {
    ScrapeConfig scrape =
        ScrapeConfig.builder(2025)
            .source(java.net.URI.create(SITE.baseUrl()))
            .ratePerMinute(ScrapeConfig.LOCAL_SITE_RATE)
            .cacheDir(cache)
            .bootstrapServers(KAFKA.bootstrapServers())
            .partitions(2)
            .transactionalId(FollowConfig.transactionalId(2025))
            .build();
    FollowConfig config =
        FollowConfig.of(scrape)
            .withPolls(new PollSchedule(POLL, POLL.dividedBy(3), POLL.multipliedBy(6)))
            .withStateFile(state);
    return new Follower(config, EVENING, sleeper, () -> Scrape.kafkaSink(scrape));
  }

  static List<String> chartRequests() {
    return SITE.requests().stream().filter(p -> p.startsWith("/boxscores/")).toList();
  }

  @Test
  void putsEveryGameInKafkaOnceAsItFinishes(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    Path state = dir.resolve("follower.json");
    FakeSleeper sleeper = new FakeSleeper();

    // Only the Lakers' game is over.
    schedule(LAL);
    Follower first = follower(cache, state, sleeper);
    // The Knicks play tonight: the game-night interval.
    assertThat(first.pollOnce()).isEqualTo(POLL.dividedBy(3));
    assertThat(chartRequests()).containsExactly("/boxscores/shot-chart/" + LAL + ".html");

    // Nothing changed: one conditional request, answered 304, and nothing else.
    SITE.resetRequests();
    first.pollOnce();
    assertThat(SITE.requests()).containsExactly(MONTH);
    assertThat(SITE.notModified()).isEqualTo(1);
    assertThat(FollowerState.read(state).orElseThrow().scheduleUnchanged()).isTrue();

    // San Antonio's game is over but its chart is not up yet: pending, tried again next poll.
    schedule(LAL, SAS);
    SITE.withdraw("/boxscores/shot-chart/" + SAS + ".html");
    first.pollOnce();
    assertThat(FollowerState.read(state).orElseThrow().pendingGames()).containsExactly(SAS);
    SITE.restore("/boxscores/shot-chart/" + SAS + ".html");
    first.pollOnce();
    assertThat(FollowerState.read(state).orElseThrow().pendingGames()).isEmpty();

    // A short Retry-After is honoured once; a long one pauses the follower, which goes on after.
    SITE.respondOnce(MONTH, new FixtureSite.Answer(429, Map.of("Retry-After", "7"), ""));
    first.pollOnce();
    assertThat(sleeper.sleeps).contains(Duration.ofSeconds(7));
    SITE.respondOnce(MONTH, new FixtureSite.Answer(429, Map.of("Retry-After", "3600"), ""));
    assertThat(first.pollOnce()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(FollowerState.read(state).orElseThrow().lastError()).contains("429");
    assertThat(first.pollOnce()).isEqualTo(POLL.dividedBy(3));

    // The follower dies in the middle of the Knicks' game: half a transaction left open.
    first = null;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, FollowConfig.transactionalId(2025));
    try (KafkaProducer<String, byte[]> dying =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      dying.initTransactions();
      dying.beginTransaction();
      dying.send(new ProducerRecord<>(Topics.SHOT_CHARTS, NYK, "{\"half\":1}".getBytes()));
      dying.flush();

      // Restarted: it fetches no chart again, and its producer aborts what the dead one left.
      SITE.resetRequests();
      Follower restarted = follower(cache, state, sleeper);
      restarted.pollOnce();
      assertThat(chartRequests()).isEmpty();

      // A second follower of the season takes over; the first is fenced at its next publish.
      Follower second = follower(cache, state, sleeper);
      second.pollOnce();
      schedule(LAL, SAS, NYK);
      assertThatThrownBy(restarted::pollOnce)
          .isInstanceOf(Follower.FencedException.class)
          .hasMessageContaining("took over");
      second.pollOnce();

      // Denver's page never parses: tried three times, then reported failed and left alone.
      schedule(LAL, SAS, DEN, NYK);
      SITE.resetRequests();
      for (int i = 0; i < 4; i++) {
        second.pollOnce();
      }
      assertThat(chartRequests())
          .containsExactly(
              "/boxscores/shot-chart/" + DEN + ".html",
              "/boxscores/shot-chart/" + DEN + ".html",
              "/boxscores/shot-chart/" + DEN + ".html");
      assertThat(FollowerState.read(state).orElseThrow().failedGames()).containsExactly(DEN);

      // A 403 stops it, with the reason in its state.
      SITE.respondOnce(MONTH, new FixtureSite.Answer(403, Map.of(), ""));
      assertThatThrownBy(second::pollOnce).isInstanceOf(SiteBlockedException.class);
      assertThat(FollowerState.read(state).orElseThrow().lastError()).contains("403");
    }

    List<RawShot> shots =
        TopicReader.readAll(KAFKA.bootstrapServers(), Topics.SHOT_CHARTS).stream()
            .map(r -> RecordJson.readRawShot(r.value()))
            .toList();
    assertThat(shots).hasSize(10); // every shot of the three games that parse, once
    assertThat(shots.stream().map(RawShot::eventId).distinct()).hasSize(10);
    assertThat(shots.stream().map(RawShot::gameId).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(LAL, SAS, NYK);
    assertThat(TopicReader.readAll(KAFKA.bootstrapServers(), Topics.GAMES))
        .extracting(r -> r.key())
        .containsExactlyInAnyOrder(LAL, SAS, NYK);
    Map<String, ScheduleEntry> entries =
        TopicReader.readAll(KAFKA.bootstrapServers(), Topics.SCHEDULE).stream()
            .collect(
                Collectors.toMap(
                    r -> r.key(),
                    r ->
                        RecordJson.fromJson(
                            new String(r.value(), StandardCharsets.UTF_8), ScheduleEntry.class),
                    (a, b) -> b));
    assertThat(entries.get(DEN).status()).isEqualTo(ScheduleEntry.Status.FAILED);
    assertThat(entries.get(NYK).status()).isEqualTo(ScheduleEntry.Status.PUBLISHED);
  }
}
