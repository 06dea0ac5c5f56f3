package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.model.RawShot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ShotChartParserTest {
  static final ScheduledGame GAME =
      new ScheduledGame("202410220BOS", 2025, LocalDate.of(2024, 10, 22), "BOS", "NYK", 132, 109);
  static final String URL = "http://site/boxscores/shot-chart/202410220BOS.html";

  static Document page(String resource, String url) throws IOException {
    try (InputStream in =
        ShotChartParserTest.class.getClassLoader().getResourceAsStream(resource)) {
      return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url);
    }
  }

  @Test
  void extractsEveryMarkerOfBothChartsIncludingTheOneInsideAComment() throws IOException {
    var chart =
        new ShotChartParser()
            .parse(
                page("sites/sample/boxscores/shot-chart/202410220BOS.html", URL),
                GAME,
                "2026-11-23T04:05:00Z");
    List<RawShot> shots = chart.shots();
    assertThat(shots).hasSize(11);
    assertThat(shots.stream().filter(s -> s.team().equals("BOS"))).hasSize(6);
    assertThat(shots.stream().filter(s -> s.team().equals("NYK"))).hasSize(5);
    assertThat(chart.teamsWithoutShots()).isEmpty();
    // seq is the order within each team's chart; event ids are unique
    assertThat(shots.stream().map(RawShot::eventId).distinct()).hasSize(11);

    RawShot porzingis = shots.get(2);
    assertThat(porzingis)
        .isEqualTo(
            new RawShot(
                1,
                "202410220BOS",
                2025,
                "2024-10-22",
                "BOS",
                "NYK",
                "BOS",
                2,
                350,
                150,
                "make",
                "porzikr01",
                2,
                "Boston",
                "New York",
                132,
                109,
                "2nd quarter, 5:12.5 remaining<br>Kristaps Porziņģis made 2-pointer from 14 ft<br>"
                    + "Boston now leads 5-2",
                URL,
                "2026-11-23T04:05:00Z"));
    RawShot hart = shots.get(10);
    assertThat(hart.team()).isEqualTo("NYK");
    assertThat(hart.seq()).isEqualTo(4);
    assertThat(hart.period()).isEqualTo(6);
    assertThat(hart.result()).isEqualTo("miss");
  }

  @Test
  void aPageWithoutTheGamesChartsNamesTheUrlAndWhatIsMissing() {
    Document empty = Jsoup.parse("<html><body><p>maintenance</p></body></html>", URL);
    assertThatThrownBy(() -> new ShotChartParser().parse(empty, GAME, "2026-11-23T04:05:00Z"))
        .isInstanceOf(PageFormatException.class)
        .hasMessageContaining(URL)
        .hasMessageContaining("#shots-NYK and #shots-BOS");
  }
}
