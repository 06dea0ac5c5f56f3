package dev.shotcharts.views.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.clients.LakeClient;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.PipelineTopics;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.clients.TopicReader;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.Topics;
import dev.shotcharts.scraper.KafkaShotSink;
import dev.shotcharts.scraper.ScheduledGame;
import dev.shotcharts.testing.KafkaBrokerExtension;
import dev.shotcharts.testing.S3ServerExtension;
import dev.shotcharts.testing.SyntheticShots;
import dev.shotcharts.transform.Curation;
import dev.shotcharts.views.SeasonQuery;
import dev.shotcharts.views.SnapshotFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The season report from a real broker and a real S3 server, looked at in headless Chromium: four
 * played games, one of them failed at the scrape and one taken out of the lake; a re-scraped game
 * (duplicates) and two records the contract rejects (dead letters).
 */
class SeasonReportIT {
  @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

  @RegisterExtension
  static final S3ServerExtension S3 = new S3ServerExtension(LakeLayout.DEFAULT_BUCKET);

  static final int SEASON = 2025;
  static final int SHOTS_PER_GAME = 24;
  static final String FAILURE = "http://127.0.0.1/boxscores/shot-chart/x.html: HTTP 500";

  static List<List<RawShot>> games = new ArrayList<>();
  static List<CuratedShot> curated = new ArrayList<>();

  @BeforeAll
  static void publishFourPlayedGames() throws Exception {
    SyntheticShots synthetic = new SyntheticShots(11);
    for (int g = 0; g < 4; g++) {
      List<RawShot> game = new ArrayList<>();
      for (int seq = 0; seq < SHOTS_PER_GAME; seq++) {
        game.add(synthetic.shot(g, seq));
      }
      games.add(game);
    }
    PipelineTopics.createMissing(
        KAFKA.bootstrapServers(), PipelineTopics.deadLetters(Topics.DEAD_LETTERS, (short) 1));
    var topics =
        new KafkaShotSink.KafkaTopics(
            KAFKA.bootstrapServers(),
            Topics.SHOT_CHARTS,
            Topics.DEAD_LETTERS,
            Topics.GAMES,
            Topics.SCHEDULE,
            2,
            (short) 1);
    try (KafkaShotSink sink = new KafkaShotSink(topics, "report-it")) {
      for (int g = 0; g < 2; g++) {
        sink.publishGame(scheduled(games.get(g)), games.get(g), "sha-" + g);
      }
      // Game 2's page had one more marker the scraper could not read: a dead letter beside it.
      RawShot last = games.get(2).get(SHOTS_PER_GAME - 1);
      sink.publishGame(
          scheduled(games.get(2)),
          games.get(2),
          List.of(
              DeadLetter.ofMarker(
                  "style top: 999999999999px is outside the court picture",
                  last.gameId(),
                  last.sourceUrl(),
                  last.team(),
                  SHOTS_PER_GAME,
                  "style=\"top:999999999999px\"")),
          "sha-2");
      sink.publishGame(scheduled(games.get(0)), games.get(0), "sha-0"); // a forced re-scrape
      List<ScheduleEntry> entries = new ArrayList<>();
      for (int g = 0; g < 4; g++) {
        ScheduledGame game = scheduled(games.get(g));
        boolean failed = g == 3;
        entries.add(
            new ScheduleEntry(
                game.gameId(),
                SEASON,
                game.date().toString(),
                game.homeTeam(),
                game.awayTeam(),
                failed ? ScheduleEntry.Status.FAILED : ScheduleEntry.Status.PUBLISHED,
                failed ? FAILURE : null,
                "2026-11-23T04:06:00Z"));
      }
      sink.recordSchedule(entries);
    }
    // Two records of game 1 the contract rejects, dead-lettered as the job does it.
    String key = games.get(1).get(0).gameId();
    RawShot valid = games.get(1).get(0);
    String badResult = RecordJson.toJson(valid).replace("\"make\"", "\"swish\"");
    badResult = badResult.replace("\"miss\"", "\"swish\"").replace("\"seq\":0", "\"seq\":99");
    deadLetter(key, "{\"schema_version\":1,\"game_id\":".getBytes(StandardCharsets.UTF_8));
    deadLetter(key, badResult.getBytes(StandardCharsets.UTF_8));

    Curation curation = new Curation();
    for (int g = 0; g < 3; g++) {
      for (RawShot raw : games.get(g)) {
        curated.add(
            curation
                .apply(
                    RecordJson.toBytes(raw),
                    Curation.Origin.file("fixture", 0),
                    Instant.parse("2026-11-23T04:07:00Z"))
                .shot());
      }
    }
  }

  private static ScheduledGame scheduled(List<RawShot> game) {
    RawShot s = game.get(0);
    return new ScheduledGame(
        s.gameId(),
        s.season(),
        LocalDate.parse(s.gameDate()),
        s.homeTeam(),
        s.awayTeam(),
        s.homePts(),
        s.awayPts());
  }

  private static void deadLetter(String key, byte[] value) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      RecordMetadata at = producer.send(new ProducerRecord<>(Topics.SHOT_CHARTS, key, value)).get();
      Curation.Outcome outcome =
          new Curation()
              .apply(
                  value,
                  Curation.Origin.kafka(
                      at.topic(),
                      at.partition(),
                      at.offset(),
                      key.getBytes(StandardCharsets.UTF_8)),
                  Instant.now());
      assertThat(outcome.curated()).isFalse();
      producer
          .send(
              new ProducerRecord<>(
                  Topics.DEAD_LETTERS, key, RecordJson.toBytes(outcome.deadLetter())))
          .get();
    }
  }

  /** A legacy archive of {@code rows} data lines under the header, as the export writes it. */
  private static void export(int rows) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder csv = new StringBuilder("game_id,year,month,day,play\n");
    for (int i = 0; i < rows; i++) {
      csv.append("202410220BOS,2024,10,22,\"made 2-pointer,\nline ").append(i).append("\"\n");
    }
    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      TarArchiveEntry entry = new TarArchiveEntry(LakeLayout.exportName(SEASON) + ".csv");
      entry.setSize(text.length);
      tar.putArchiveEntry(entry);
      tar.write(text);
      tar.closeArchiveEntry();
    }
    S3.put(LakeLayout.export(SEASON), bytes.toByteArray());
  }

  private static SeasonReport report(S3Client s3, LakeSettings lake, Path cache) throws Exception {
    try (ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      return report(s3, catalog, cache);
    }
  }

  private static SeasonReport report(S3Client s3, ShotsCatalog catalog, Path cache)
      throws Exception {
    return new SeasonReportReader(
            new SeasonQuery(s3, catalog, S3.bucket(), cache), s3, S3.bucket(), Clock.systemUTC())
        .read(SEASON, SeasonTopics.read(KAFKA.bootstrapServers(), SEASON));
  }

  @Test
  void listsWhatIsMissingAndShowsTheLakesCountsInTheBrowser(@TempDir Path tmp) throws Exception {
    LakeSettings lake = SnapshotFixture.lake(S3);
    try (S3Client s3 = LakeClient.of(lake)) {
      // Every curated event in the table and the export: only the failed game is missing.
      SnapshotFixture.publish(S3, lake, SEASON, curated, tmp);
      export(curated.size());
      SeasonReport whole = report(s3, lake, tmp.resolve("cache"));
      assertThat(whole.hops())
          .isEqualTo(
              new SeasonReport.Hops(
                  3L * SHOTS_PER_GAME + 1,
                  4L * SHOTS_PER_GAME + 2,
                  3L * SHOTS_PER_GAME,
                  SHOTS_PER_GAME,
                  2,
                  3L * SHOTS_PER_GAME,
                  3L * SHOTS_PER_GAME));
      assertThat(whole.hops().reconciled()).isTrue();
      assertThat(whole.missing())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.gameId()).isEqualTo(games.get(3).get(0).gameId());
                assertThat(m.reason()).isEqualTo("scrape failed: " + FAILURE);
              });

      // A new snapshot without game 2 (a lost partition, a bad merge): the report says so.
      String removed = games.get(2).get(0).gameId();
      List<CuratedShot> kept = curated.stream().filter(s -> !s.gameId().equals(removed)).toList();
      SnapshotFixture.publish(S3, lake, SEASON, kept, tmp);
      export(kept.size());
      // Its rows wait in the ongoing area for the next merge: the fresh view holds them.
      List<CuratedShot> waiting = curated.stream().filter(s -> s.gameId().equals(removed)).toList();
      SnapshotFixture.put(S3, LakeLayout.ongoingSeason(SEASON) + "/part-0-0.parquet", waiting, tmp);
      SeasonReport report = report(s3, lake, tmp.resolve("cache"));
      assertThat(report.hops().reconciled()).isFalse();
      assertThat(report.fresh().rows()).isEqualTo(curated.size());
      Path page = ReportPage.write(report, tmp.resolve("report"));

      long snapshotRows;
      try (ShotsCatalog catalog = ShotsCatalog.open(lake)) {
        snapshotRows = catalog.plan(List.of(SEASON), ShotsCatalog.AsOf.CURRENT).rows();
      }
      Map<String, String> expectedHops = new LinkedHashMap<>();
      expectedHops.put("markers", String.valueOf(3 * SHOTS_PER_GAME + 1));
      expectedHops.put(
          "kafka",
          String.valueOf(TopicReader.readAll(KAFKA.bootstrapServers(), Topics.SHOT_CHARTS).size()));
      expectedHops.put(
          "dead-letters",
          String.valueOf(
              TopicReader.readAll(KAFKA.bootstrapServers(), Topics.DEAD_LETTERS).stream()
                  .filter(
                      r -> !RecordJson.fromJson(new String(r.value()), DeadLetter.class).ofMarker())
                  .count()));
      expectedHops.put("snapshot", String.valueOf(snapshotRows));
      expectedHops.put("export", String.valueOf(kept.size()));
      List<String> deadLetterErrors =
          TopicReader.readAll(KAFKA.bootstrapServers(), Topics.DEAD_LETTERS).stream()
              .map(r -> RecordJson.fromJson(new String(r.value()), DeadLetter.class).error())
              .toList();
      String team = kept.get(0).team();
      long teamMade = kept.stream().filter(s -> s.team().equals(team) && s.made()).count();
      long teamMissed = kept.stream().filter(s -> s.team().equals(team) && !s.made()).count();

      try (HeadlessChromium chromium = new HeadlessChromium(page.getParent())) {
        var driver = chromium.driver;
        driver.get(chromium.url("index.html"));
        assertThat(driver.getTitle()).isEqualTo("Shots of the 2024-25 season");

        List<WebElement> missing = driver.findElements(By.cssSelector("#missing tr"));
        assertThat(missing).hasSize(3); // the header and two games
        assertThat(missing.get(1).getText()).startsWith(removed).contains("published to Kafka");
        assertThat(missing.get(2).getText())
            .startsWith(games.get(3).get(0).gameId())
            .contains("scrape failed: " + FAILURE);

        expectedHops.forEach(
            (hop, count) ->
                assertThat(
                        driver
                            .findElement(By.cssSelector("tr[data-hop=" + hop + "] td:last-child"))
                            .getText())
                    .as(hop)
                    .isEqualTo(count));
        assertThat(driver.findElement(By.id("reconciled")).getText()).startsWith("Not reconciled");
        assertThat(driver.findElement(By.id("freshness")).getText())
            .contains(waiting.size() + " more events in the committed ongoing files");
        // Three kinds of reason (the job's two, the scraper's marker), one each, whole messages.
        assertThat(driver.findElements(By.cssSelector("#dead-letters tr"))).hasSize(4);
        assertThat(driver.findElement(By.id("dead-letters")).getText())
            .contains("not valid JSON 1")
            .contains("result is neither make nor miss 1")
            .contains("style top 1")
            .contains(deadLetterErrors);

        // The charts are drawn: the league's, one per team, one per player, each on the page.
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart svg"));
        assertThat(charts).hasSize(1 + report.teams().size() + report.players().size());
        assertThat(charts)
            .allSatisfy(
                svg -> {
                  assertThat(svg.isDisplayed()).isTrue();
                  assertThat(svg.getRect().getWidth()).isGreaterThanOrEqualTo(250);
                });
        // One mark per shot of a team, against the lake: a dot made, a cross (two lines) missed.
        int index = report.teams().stream().map(ShotTally.Group::team).toList().indexOf(team);
        WebElement teamChart =
            driver.findElements(By.cssSelector("figure.chart.team svg")).get(index);
        // A dot per made shot, a cross (two lines) per miss; the legend shows one of each.
        assertThat(teamChart.findElements(By.cssSelector("circle[fill='#1b7f3b']")))
            .hasSize((int) teamMade + 1);
        assertThat(teamChart.findElements(By.cssSelector("line[stroke='#c62828']")))
            .hasSize(2 * ((int) teamMissed + 1));
        assertThat(driver.findElement(By.id("teams")).getText()).contains(team);

        // Nothing fetched but the page itself.
        Object resources =
            driver.executeScript("return performance.getEntriesByType('resource').length");
        assertThat(resources).isEqualTo(0L);
        assertThat(chromium.requests).containsOnly("/index.html");
        Files.write(
            Path.of("target", "report-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
      }
    }
  }

  @Test
  void countsCsvRecordsWithLineBreaksInQuotes() throws Exception {
    assertThat(SeasonReportReader.csvRecords(new java.io.StringReader("a,b\n1,\"x\ny\"\n2,z")))
        .isEqualTo(3);
    assertThat(SeasonReportReader.csvRecords(new java.io.StringReader(""))).isZero();
  }
}
