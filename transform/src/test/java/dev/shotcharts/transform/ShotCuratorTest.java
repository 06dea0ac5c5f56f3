package dev.shotcharts.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.InvalidRecordException;
import dev.shotcharts.model.RawShot;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShotCuratorTest {
  static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

  static RawShot raw(String team, String result, Integer period, String tip) {
    return new RawShot(
        1,
        "202410220BOS",
        2025,
        "2024-10-22",
        "BOS",
        "NYK",
        team,
        3,
        250,
        470,
        result,
        "hartjo01",
        period,
        "Boston",
        "New York",
        132,
        109,
        tip,
        "http://site/x.html",
        "2026-11-23T04:05:00Z");
  }

  @Test
  void curatesAndEnrichesAnOvertimeBackcourtMiss() {
    CuratedShot shot =
        new ShotCurator()
            .curate(
                raw(
                    "NYK",
                    "miss",
                    6,
                    "2nd overtime, 0:00.4 remaining<br>Josh Hart missed 3-pointer from 42 ft<br>New"
                        + " York trails 7-8"),
                NOW);
    assertThat(shot)
        .isEqualTo(
            new CuratedShot(
                "202410220BOS-NYK-3",
                "202410220BOS",
                2025,
                LocalDate.of(2024, 10, 22),
                "BOS",
                "NYK",
                "NYK",
                "BOS",
                "Josh Hart",
                6,
                "2nd overtime",
                0.4,
                3479.6,
                false,
                3,
                42,
                250,
                470,
                0.0,
                41.8,
                "backcourt",
                7,
                8,
                132,
                109,
                "2nd overtime, 0:00.4 remaining<br>Josh Hart missed 3-pointer from 42 ft<br>New York"
                    + " trails 7-8",
                "http://site/x.html",
                Instant.parse("2026-11-23T04:05:00Z"),
                NOW));
  }

  @Test
  void markerAndTooltipMustAgree() {
    String tip =
        "1st quarter, 1:00.0 remaining<br>Jayson Tatum made 2-pointer from 1 ft<br>Boston now leads 2-0";
    ShotCurator curator = new ShotCurator();
    assertThatThrownBy(() -> curator.curate(raw("BOS", "miss", 1, tip), NOW))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("marker says miss, tooltip says made");
    assertThatThrownBy(() -> curator.curate(raw("BOS", "make", 2, tip), NOW))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("marker class says period 2, tooltip says 1st quarter");
    assertThatThrownBy(() -> curator.curate(raw("NYK", "make", 1, tip), NOW))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("score line names 'Boston', shooting team is 'New York'");
    assertThatThrownBy(() -> curator.curate(raw("LAL", "make", 1, tip), NOW))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("team LAL is neither BOS nor NYK");
  }
}
