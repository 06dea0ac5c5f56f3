package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.testing.FixtureSite;
import dev.shotcharts.testing.KafkaBroker;
import dev.shotcharts.testing.TopicReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The scraper against the local sample site and a real Kafka broker. */
class ScraperIT {
  @RegisterExtension static final KafkaBroker KAFKA = new KafkaBroker();
  @RegisterExtension static final FixtureSite SITE = new FixtureSite("sites/sample");

  static final LocalDate FROM = LocalDate.of(2024, 10, 22);
  static final LocalDate TO = LocalDate.of(2024, 10, 28);

  private static ScrapeSummary scrape(ShotSink sink) throws InterruptedException {
    RateLimiter limiter = new RateLimiter(6000, RateLimiter.Clock.SYSTEM);
    SiteClient site =
        new SiteClient(
            URI.create(SITE.baseUrl()), "shotcharts-test", limiter, RateLimiter.Clock.SYSTEM);
    return new Scraper(site, limiter, sink).run(2025, FROM, TO);
  }

  @Test
  void publishesEveryShotOfTheGameKeyedByGameIdInOneTransaction() throws Exception {
    KAFKA.createTopics(2, "shots-it");
    ScrapeSummary summary;
    try (ShotSink sink = new KafkaShotSink(KAFKA.bootstrapServers(), "shots-it", "scraper-it")) {
      summary = scrape(sink);
    }
    assertThat(summary.succeeded()).isTrue();
    assertThat(summary.gamesFound()).isEqualTo(1);
    assertThat(summary.shotsPublished()).isEqualTo(11);

    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.readAll(KAFKA.bootstrapServers(), "shots-it");
    assertThat(records).hasSize(11).allMatch(r -> r.key().equals("202410220BOS"));
    // One key, so one partition, in page order.
    assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
    List<RawShot> shots = records.stream().map(r -> RecordJson.readRawShot(r.value())).toList();
    assertThat(shots.stream().map(RawShot::eventId).distinct()).hasSize(11);
    assertThat(shots.get(0).tip())
        .startsWith("1st quarter, 11:41.0 remaining<br>Jayson Tatum made");
  }

  @Test
  void writesTheSameRecordsAsJsonLines(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("shots.jsonl");
    try (ShotSink sink = new JsonLinesShotSink(out)) {
      scrape(sink);
    }
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(11);
    assertThat(lines.stream().map(l -> RecordJson.readRawShot(l.getBytes()).eventId()).distinct())
        .hasSize(11);
  }
}
