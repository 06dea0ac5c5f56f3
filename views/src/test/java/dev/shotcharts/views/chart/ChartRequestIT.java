package dev.shotcharts.views.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.clients.LakeClient;
import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.clients.ShotsCatalog;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.testing.S3ServerExtension;
import dev.shotcharts.testing.SyntheticShots;
import dev.shotcharts.transform.ShotCurator;
import dev.shotcharts.views.SeasonQuery;
import dev.shotcharts.views.SnapshotFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** A player's chart over several seasons of the table, from a real S3 server and catalog. */
class ChartRequestIT {
  @RegisterExtension
  static final S3ServerExtension S3 = new S3ServerExtension(LakeLayout.DEFAULT_BUCKET);

  @Test
  void drawsOnePlayerOverSeveralSeasonsAgainstTheLeagueOfThoseSeasons(@TempDir Path tmp)
      throws Exception {
    LakeSettings lake = SnapshotFixture.lake(S3);
    SyntheticShots synthetic = SyntheticShots.seasons(3, 2025);
    ShotCurator curator = new ShotCurator();
    List<CuratedShot> all = new ArrayList<>();
    for (int season : List.of(2008, 2012, 2025)) {
      List<CuratedShot> shots =
          IntStream.range(0, 120)
              .mapToObj(
                  seq ->
                      curator.curate(
                          synthetic.shot(season, seq / 40, seq % 40, Instant.now()), Instant.now()))
              .toList();
      SnapshotFixture.publish(S3, lake, season, shots, tmp);
      all.addAll(shots);
    }
    // LeBron James is among the players of the two earlier eras only.
    List<CuratedShot> his = all.stream().filter(s -> s.player().equals("LeBron James")).toList();
    assertThat(his).extracting(CuratedShot::season).contains(2008, 2012).doesNotContain(2025);

    try (S3Client s3 = LakeClient.of(lake);
        ShotsCatalog catalog = ShotsCatalog.open(lake)) {
      SeasonQuery query = new SeasonQuery(s3, catalog, S3.bucket(), tmp.resolve("cache"));
      Path out = tmp.resolve("lebron.svg");
      ShotChart.Figures figures =
          ChartRequest.of(IntStream.rangeClosed(2001, 2026).boxed().toList())
              .ofPlayer("LeBron James")
              .draw(query, out);
      assertThat(figures.attempts()).isEqualTo(his.size());
      assertThat(figures.made()).isEqualTo((int) his.stream().filter(CuratedShot::made).count());
      assertThat(Files.readString(out)).contains("2000-01 to 2025-26 · LeBron James");

      ShotChart.Figures one = ChartRequest.of(List.of(2012)).draw(query, tmp.resolve("s.svg"));
      assertThat(one.attempts()).isEqualTo(120);
    }
  }
}
