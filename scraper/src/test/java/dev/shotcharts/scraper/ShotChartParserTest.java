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

  static final String GOOD =
      "<div style=\"top:80px;left:260px;\" tip=\"1st quarter, 10:00.0 remaining<br>A made"
          + " 2-pointer from 3 ft<br>Boston now leads 2-0\" class=\"tooltip q-1 p-a01 make\">x</div>";

  static Document chart(String bos, String nyk) {
    return Jsoup.parse(
        "<html><body><div class=\"shot-area\" id=\"shots-NYK\">"
            + nyk
            + "</div><div class=\"shot-area\" id=\"shots-BOS\">"
            + bos
            + "</div></body></html>",
        URL);
  }

  @Test
  void aDamagedMarkerBecomesADeadLetterNamingItsFieldAndTheOthersAreKept() {
    String huge = GOOD.replace("top:80px", "top:999999999999px");
    String noStyle = GOOD.replace("style=\"top:80px;left:260px;\" ", "");
    String noTip = GOOD.replaceAll("tip=\"[^\"]*\" ", "");
    String neither = GOOD.replace(" make\"", " swish\"");
    String offCourt = GOOD.replace("left:260px", "left:-400px");
    var chart =
        new ShotChartParser()
            .parse(
                chart(GOOD + huge + GOOD + noStyle, noTip + GOOD + neither + offCourt),
                GAME,
                "2026-11-23T04:05:00Z");
    assertThat(chart.markers()).isEqualTo(8);
    assertThat(chart.shots())
        .extracting(s -> s.team() + "-" + s.seq())
        .as("good markers keep their index on the page, so their event ids do not move")
        .containsExactlyInAnyOrder("BOS-0", "BOS-2", "NYK-1");
    assertThat(chart.rejected())
        .extracting(d -> d.section() + " " + d.marker() + ": " + d.error())
        .containsExactlyInAnyOrder(
            "BOS 1: style top: 999999999999px is outside the court picture"
                + " (0..472 px, 100 px margin)",
            "BOS 3: style: missing (the marker's position)",
            "NYK 0: tip: missing (the marker's tooltip)",
            "NYK 2: class: 'tooltip q-1 p-a01 swish' says neither make nor miss",
            "NYK 3: style left: -400px is outside the court picture (0..500 px, 100 px margin)");
    assertThat(chart.rejected())
        .allSatisfy(
            d -> {
              assertThat(d.page()).isEqualTo(URL);
              assertThat(d.key()).isEqualTo(GAME.gameId());
              assertThat(d.errorClass()).isEqualTo(dev.shotcharts.model.DeadLetter.MARKER_ERROR);
              assertThat(d.value()).as("the marker's attributes").contains("class=");
            });
  }

  @Test
  void aTooltipWithBytesThatAreNotUtf8IsADeadLetter() {
    // What Jsoup makes of bytes that are not UTF-8: the replacement character.
    String bad = GOOD.replace("A made", "A \uFFFD\uFFFD");
    var chart = new ShotChartParser().parse(chart(GOOD + bad, GOOD), GAME, "2026-11-23T04:05:00Z");
    assertThat(chart.shots()).hasSize(2);
    assertThat(chart.rejected())
        .singleElement()
        .satisfies(d -> assertThat(d.error()).startsWith("tip: bytes that are not UTF-8"));
  }

  @Test
  void aPageWhoseEveryMarkerIsBrokenFailsSayingTheMarkupChanged() {
    String broken = GOOD.replace("top:80px;left:260px;", "inset:2px");
    assertThatThrownBy(
            () ->
                new ShotChartParser()
                    .parse(chart(broken + broken, broken), GAME, "2026-11-23T04:05:00Z"))
        .isInstanceOf(PageFormatException.class)
        .hasMessageContaining(URL)
        .hasMessageContaining("none of its 3 shot markers could be read")
        .hasMessageContaining("style left: none in px in 'inset:2px'");
  }
}
