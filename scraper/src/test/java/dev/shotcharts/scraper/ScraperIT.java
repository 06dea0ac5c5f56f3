package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.GameDone;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.Sleeper;
import dev.shotcharts.testing.FixtureSite;
import dev.shotcharts.testing.KafkaBrokerExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scraper against a local site shaped like Basketball-Reference (a week of November 2024:
 * overtimes, LA Lakers, Golden State, San Antonio, New Orleans, a suffix, ties, an empty team
 * chart, a maintenance page instead of a chart, header repeats, a "Playoffs" row, an unplayed game)
 * and a real Kafka broker.
 */
class ScraperIT {
  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
  @RegisterExtension static final FixtureSite SITE = new FixtureSite("sites/season");

  static final LocalDate FROM = LocalDate.of(2024, 11, 1);
  static final LocalDate TO = LocalDate.of(2024, 11, 7);
  static final String MAINTENANCE_PAGE = "/boxscores/shot-chart/202411030DEN.html";

  @BeforeEach
  void resetSite() {
    SITE.resetRequests();
    SITE.clearAnswers();
  }

  private static ScrapeSummary scrape(ShotSink sink, Sleeper clock, PageCache cache)
      throws InterruptedException {
    RateLimiter limiter = new RateLimiter(6000, clock);
    SiteClient site =
        new SiteClient(URI.create(SITE.baseUrl()), "shotcharts-test/1.0", limiter, clock, cache);
    return new Scraper(site, limiter, sink).run(2025, FROM, TO, false);
  }

  private static KafkaShotSink kafkaSink(String name) throws Exception {
    return new KafkaShotSink(
        new KafkaShotSink.KafkaTopics(
            KAFKA.bootstrapServers(),
            name,
            name + "-dlq",
            name + "-games",
            name + "-schedule",
            2,
            (short) 1),
        name + "-scraper");
  }

  @Test
  void publishesEachGameOnceAndAnIncrementalRunFetchesOnlyTheSchedule() throws Exception {
    ScrapeSummary first;
    try (ShotSink sink = kafkaSink("week")) {
      first = scrape(sink, Sleeper.SYSTEM, null);
    }
    assertThat(first.gamesFound()).isEqualTo(4);
    assertThat(first.gamesScraped()).isEqualTo(3);
    assertThat(first.shotsPublished()).isEqualTo(10);
    assertThat(first.failures())
        .singleElement()
        .asString()
        .contains(SITE.baseUrl() + MAINTENANCE_PAGE)
        .contains("expected charts #shots-OKC and #shots-DEN");
    assertThat(first.succeeded()).isFalse();

    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.readAll(KAFKA.bootstrapServers(), "week");
    assertThat(records).hasSize(10);
    assertThat(records.stream().filter(r -> r.key().equals("202411010LAL"))).hasSize(5);
    List<RawShot> shots = records.stream().map(r -> RecordJson.readRawShot(r.value())).toList();
    assertThat(shots.stream().map(RawShot::eventId).distinct()).hasSize(10);
    RawShot bronny =
        shots.stream().filter(s -> "jamesbr02".equals(s.playerId())).findFirst().orElseThrow();
    assertThat(bronny.homeName()).isEqualTo("LA Lakers");
    assertThat(bronny.awayName()).isEqualTo("Golden State");
    assertThat(bronny.homePts()).isEqualTo(120);
    assertThat(bronny.tip()).contains("Bronny James Jr. made 3-pointer");
    RawShot threeOt =
        shots.stream().filter(s -> "robinje02".equals(s.playerId())).findFirst().orElseThrow();
    assertThat(threeOt.period()).isEqualTo(7);
    assertThat(threeOt.awayName()).isEqualTo("New Orleans");

    Map<String, GameDone> done =
        TopicReader.readAll(KAFKA.bootstrapServers(), "week-games").stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    ConsumerRecord::key,
                    r ->
                        RecordJson.fromJson(
                            new String(r.value(), StandardCharsets.UTF_8), GameDone.class)));
    assertThat(done).containsOnlyKeys("202411010LAL", "202411020SAS", "202411040NYK");
    assertThat(done.get("202411040NYK").shots()).isEqualTo(1);
    assertThat(done.get("202411010LAL").pageSha256()).matches("[0-9a-f]{64}");
    // Each marker names where its game's records are: there, and only there, are its shots.
    done.forEach(
        (game, marker) -> {
          GameDone.OffsetRange range = marker.records().get(0);
          assertThat(marker.records()).hasSize(1);
          assertThat(range.last() - range.first() + 1).isEqualTo(marker.shots());
          List<String> keys = new java.util.ArrayList<>();
          TopicReader.forEachIn(
              KAFKA.bootstrapServers(), "week", marker.records(), r -> keys.add(r.key()));
          assertThat(keys).hasSize(marker.shots()).containsOnly(game);
        });
    assertThat(schedule("week-schedule"))
        .containsOnlyKeys("202411010LAL", "202411020SAS", "202411030DEN", "202411040NYK")
        .allSatisfy((id, entry) -> assertThat(entry.season()).isEqualTo(2025));
    ScheduleEntry failed = schedule("week-schedule").get("202411030DEN");
    assertThat(failed.status()).isEqualTo(ScheduleEntry.Status.FAILED);
    assertThat(failed.reason()).contains(MAINTENANCE_PAGE);
    assertThat(schedule("week-schedule").get("202411040NYK").status())
        .isEqualTo(ScheduleEntry.Status.PUBLISHED);

    SITE.resetRequests();
    ScrapeSummary second;
    try (ShotSink sink = kafkaSink("week")) {
      second = scrape(sink, Sleeper.SYSTEM, null);
    }
    assertThat(second.gamesSkipped()).isEqualTo(3);
    assertThat(second.shotsPublished()).isZero();
    // robots.txt, the season page, November, and the one game that failed last time
    assertThat(SITE.requests())
        .containsExactly(
            "/robots.txt",
            "/leagues/NBA_2025_games.html",
            "/leagues/NBA_2025_games-november.html",
            MAINTENANCE_PAGE);
    assertThat(TopicReader.readAll(KAFKA.bootstrapServers(), "week")).hasSize(10);
    // The second run's outcome replaces the first's: the failed game failed again.
    assertThat(schedule("week-schedule").get("202411040NYK").status())
        .isEqualTo(ScheduleEntry.Status.ALREADY_PUBLISHED);
    assertThat(schedule("week-schedule").get("202411030DEN").status())
        .isEqualTo(ScheduleEntry.Status.FAILED);
  }

  @Test
  void aDamagedMarkerIsDeadLetteredInTheGamesTransactionAndTheGameIsPublished(@TempDir Path dir)
      throws Exception {
    String path = "/boxscores/shot-chart/202411040NYK.html";
    String page =
        new String(
            ScraperIT.class
                .getClassLoader()
                .getResourceAsStream("sites/season" + path)
                .readAllBytes(),
            StandardCharsets.UTF_8);
    String good = page.substring(page.indexOf("<div style="), page.indexOf("</div>") + 6);
    String damaged = page.replace(good, good + good.replace("top:300px", "top:999999999999px"));
    SITE.respondOnce(path, new FixtureSite.Answer(200, Map.of(), damaged));
    ScrapeSummary run;
    try (ShotSink sink = kafkaSink("damaged")) {
      run = scrape(sink, Sleeper.SYSTEM, null);
    }
    assertThat(run.shotsPublished()).as("the damaged page's good marker too").isEqualTo(10);
    assertThat(run.markersDeadLettered()).isEqualTo(1);
    assertThat(run.describe()).contains("markers dead-lettered 1");
    assertThat(
            TopicReader.readAll(KAFKA.bootstrapServers(), "damaged").stream()
                .filter(r -> r.key().equals("202411040NYK")))
        .hasSize(1);
    List<ConsumerRecord<String, byte[]>> dead =
        TopicReader.readAll(KAFKA.bootstrapServers(), "damaged-dlq");
    assertThat(dead).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("202411040NYK"));
    DeadLetter letter =
        RecordJson.fromJson(
            new String(dead.get(0).value(), StandardCharsets.UTF_8), DeadLetter.class);
    assertThat(letter.page()).isEqualTo(SITE.baseUrl() + path);
    assertThat(letter.section()).isEqualTo("BOS");
    assertThat(letter.marker()).isEqualTo(1);
    assertThat(letter.error())
        .isEqualTo(
            "style top: 999999999999px is outside the court picture (0..472 px, 100 px margin)");
    assertThat(letter.value()).contains("top:999999999999px").contains("Jayson Tatum");
    assertThat(TopicReader.readAll(KAFKA.bootstrapServers(), "damaged-games"))
        .extracting(ConsumerRecord::key)
        .as("the game counts as published")
        .contains("202411040NYK");

    // --out: the dead letters go to a file beside the shots.
    SITE.respondOnce(path, new FixtureSite.Answer(200, Map.of(), damaged));
    Path out = dir.resolve("shots.jsonl");
    try (ShotSink sink = new JsonLinesShotSink(out)) {
      scrape(sink, Sleeper.SYSTEM, null);
    }
    assertThat(java.nio.file.Files.readAllLines(out)).hasSize(10);
    assertThat(java.nio.file.Files.readAllLines(JsonLinesShotSink.deadLetters(out)))
        .singleElement()
        .asString()
        .contains("\"section\":\"BOS\"")
        .contains("\"marker\":1");
  }

  @Test
  void redirectsWithinTheSiteAreFollowedLoopsAndOffSiteOnesAreReported() throws Exception {
    String lal = "/boxscores/shot-chart/202411010LAL.html";
    String sas = "/boxscores/shot-chart/202411020SAS.html";
    String nyk = "/boxscores/shot-chart/202411040NYK.html";
    // LAL's page moved (one hop, then the page); SAS's loops; NYK's leaves the site.
    SITE.respondOnce(lal, new FixtureSite.Answer(301, Map.of("Location", "/moved/LAL.html"), ""));
    SITE.respondOnce(
        "/moved/LAL.html", new FixtureSite.Answer(302, Map.of("Location", lal + "?v=2"), ""));
    SITE.respondOnce(sas, new FixtureSite.Answer(302, Map.of("Location", "/loop/b.html"), ""));
    SITE.respondOnce("/loop/b.html", new FixtureSite.Answer(302, Map.of("Location", sas), ""));
    SITE.respondOnce(
        nyk, new FixtureSite.Answer(301, Map.of("Location", "http://elsewhere.invalid/x"), ""));
    ScrapeSummary run;
    try (ShotSink sink = kafkaSink("redirects")) {
      run = scrape(sink, Sleeper.SYSTEM, null);
    }
    assertThat(run.gamesScraped()).as("LAL, through its redirects").isEqualTo(1);
    assertThat(
            TopicReader.readAll(KAFKA.bootstrapServers(), "redirects").stream()
                .filter(r -> r.key().equals("202411010LAL")))
        .hasSize(5);
    assertThat(run.failures())
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith("202411020SAS: redirect loop: " + SITE.baseUrl() + sas)
                    .endsWith("/loop/b.html -> " + SITE.baseUrl() + sas))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith("202411040NYK: " + SITE.baseUrl() + nyk)
                    .contains("redirected off the site, to http://elsewhere.invalid/x"));
    assertThat(SITE.requests())
        .as("every hop a request of the rate budget; nothing fetched off the site")
        .contains("/moved/LAL.html", sas, "/loop/b.html")
        .filteredOn(lal::equals)
        .hasSize(2);
  }

  /** The newest entry per game, as a compacted topic's reader sees it. */
  private static Map<String, ScheduleEntry> schedule(String topic) {
    Map<String, ScheduleEntry> entries = new java.util.HashMap<>();
    for (var r : TopicReader.readAll(KAFKA.bootstrapServers(), topic)) {
      entries.put(
          r.key(),
          RecordJson.fromJson(new String(r.value(), StandardCharsets.UTF_8), ScheduleEntry.class));
    }
    return entries;
  }

  @Test
  void aCrashMidGameLeavesNothingVisibleAndTheNextRunPublishesTheGameOnce() throws Exception {
    try (KafkaShotSink sink = kafkaSink("crash")) {
      // topics exist now; the sink's producer is closed before the crash below
    }
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "crash-scraper");
    KafkaProducer<String, byte[]> crashing =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    crashing.initTransactions();
    crashing.beginTransaction();
    for (int i = 0; i < 3; i++) {
      crashing.send(new ProducerRecord<>("crash", "202411010LAL", "{\"half\":true}".getBytes()));
    }
    crashing.flush(); // on the broker, not committed: then the process "dies"
    assertThat(TopicReader.readAll(KAFKA.bootstrapServers(), "crash")).isEmpty();

    try (ShotSink sink = kafkaSink("crash")) { // same transactional id: fences and aborts
      scrape(sink, Sleeper.SYSTEM, null);
    }
    crashing.close(Duration.ZERO);
    List<ConsumerRecord<String, byte[]>> visible =
        TopicReader.readAll(KAFKA.bootstrapServers(), "crash");
    assertThat(visible).hasSize(10);
    assertThat(visible).noneMatch(r -> new String(r.value()).contains("half"));

    try (ShotSink sink = kafkaSink("crash")) {
      assertThat(scrape(sink, Sleeper.SYSTEM, null).gamesSkipped()).isEqualTo(3);
    }
    assertThat(TopicReader.readAll(KAFKA.bootstrapServers(), "crash")).hasSize(10);
  }

  @Test
  void aShortRetryAfterIsHonouredOnce(@TempDir Path dir) throws Exception {
    SITE.respondOnce(
        "/boxscores/shot-chart/202411010LAL.html",
        new FixtureSite.Answer(429, Map.of("Retry-After", "7"), ""));
    FakeSleeper clock = new FakeSleeper();
    ScrapeSummary summary;
    try (ShotSink sink = new JsonLinesShotSink(dir.resolve("shots.jsonl"))) {
      summary = scrape(sink, clock, null);
    }
    assertThat(clock.sleeps).contains(Duration.ofSeconds(7));
    assertThat(summary.gamesScraped()).isEqualTo(3);
    assertThat(SITE.requests())
        .filteredOn("/boxscores/shot-chart/202411010LAL.html"::equals)
        .hasSize(2);
  }

  @Test
  void forbiddenStopsTheRunAndNamesTheGamesLeft(@TempDir Path dir) throws Exception {
    SITE.respondOnce(
        "/boxscores/shot-chart/202411020SAS.html", new FixtureSite.Answer(403, Map.of(), ""));
    ScrapeSummary summary;
    try (ShotSink sink = new JsonLinesShotSink(dir.resolve("shots.jsonl"))) {
      summary = scrape(sink, new FakeSleeper(), null);
    }
    assertThat(summary.gamesScraped()).isEqualTo(1);
    assertThat(summary.remainingGames())
        .containsExactly("202411020SAS", "202411030DEN", "202411040NYK");
    assertThat(summary.failures()).singleElement().asString().contains("403 Forbidden");
    assertThat(SITE.requests()).doesNotContain("/boxscores/shot-chart/202411040NYK.html");
    assertThat(Files.readAllLines(dir.resolve("shots.jsonl"))).hasSize(5);
  }

  @Test
  void aLong429StopsTheRun(@TempDir Path dir) throws Exception {
    SITE.respondOnce(
        "/boxscores/shot-chart/202411010LAL.html",
        new FixtureSite.Answer(429, Map.of("Retry-After", "3600"), ""));
    ScrapeSummary summary;
    try (ShotSink sink = new JsonLinesShotSink(dir.resolve("shots.jsonl"))) {
      summary = scrape(sink, new FakeSleeper(), null);
    }
    assertThat(summary.gamesScraped()).isZero();
    assertThat(summary.remainingGames()).hasSize(4);
  }

  @Test
  void robotsTxtDisallowAndCrawlDelayAreObeyed(@TempDir Path dir) throws Exception {
    SITE.respondOnce(
        "/robots.txt",
        new FixtureSite.Answer(
            200,
            Map.of(),
            "User-agent: *\nDisallow: /boxscores/shot-chart/\nCrawl-delay: 5\n\n"
                + "User-agent: otherbot\nDisallow: /\n"));
    FakeSleeper clock = new FakeSleeper();
    ScrapeSummary summary;
    try (ShotSink sink = new JsonLinesShotSink(dir.resolve("shots.jsonl"))) {
      summary = scrape(sink, clock, null);
    }
    assertThat(summary.gamesScraped()).isZero();
    assertThat(summary.failures()).hasSize(4).allMatch(f -> f.contains("disallowed by robots.txt"));
    assertThat(SITE.requests()).noneMatch(p -> p.startsWith("/boxscores/"));
    assertThat(clock.sleeps).isNotEmpty().allMatch(d -> d.compareTo(Duration.ofSeconds(5)) >= 0);
  }

  @Test
  void theCacheRevalidatesInsteadOfDownloadingAgain(@TempDir Path dir) throws Exception {
    PageCache cache = new PageCache(dir.resolve("cache"));
    try (ShotSink sink = new JsonLinesShotSink(dir.resolve("first.jsonl"))) {
      scrape(sink, Sleeper.SYSTEM, cache);
    }
    assertThat(SITE.notModified()).isZero();
    try (ShotSink sink = new JsonLinesShotSink(dir.resolve("second.jsonl"))) {
      scrape(sink, Sleeper.SYSTEM, cache);
    }
    // schedule pages and four charts answered 304; the lines are the same but for scraped_at
    assertThat(SITE.notModified()).isEqualTo(6);
    List<String> first = Files.readAllLines(dir.resolve("first.jsonl"));
    List<String> second = Files.readAllLines(dir.resolve("second.jsonl"));
    assertThat(second).hasSameSizeAs(first).hasSize(10);
  }
}
