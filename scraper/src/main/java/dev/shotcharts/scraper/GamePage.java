package dev.shotcharts.scraper;

import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RawShot;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches one game's shot-chart page and reads its shots: what a run and the follower share. */
final class GamePage {
  private static final Logger LOG = LoggerFactory.getLogger(GamePage.class);

  /**
   * A game's shots as the page had them, the dead letters of the markers that could not be read,
   * and the page's SHA-256.
   */
  record Shots(List<RawShot> shots, List<DeadLetter> rejected, String pageSha256) {}

  private final SiteClient site;
  private final ShotChartParser parser = new ShotChartParser();

  GamePage(SiteClient site) {
    this.site = site;
  }

  /** The game's shots, or null when its chart page is not there (404: not yet published). */
  Shots fetch(ScheduledGame game) throws IOException, InterruptedException {
    SiteClient.Page page = site.fetch(game.shotChartPath());
    if (page == null) {
      return null;
    }
    String scrapedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    ShotChartParser.ShotChart chart = parser.parse(page.document(), game, scrapedAt);
    String url = page.document().location();
    if (!chart.teamsWithoutShots().isEmpty()) {
      LOG.warn("{}: no shot markers for {}", url, chart.teamsWithoutShots());
    }
    chart
        .rejected()
        .forEach(
            r ->
                LOG.warn(
                    "{}: marker {} of {} dead-lettered: {}",
                    url,
                    r.marker(),
                    r.section(),
                    r.error()));
    LOG.info(
        "{}: markers on the page {} = raw records {} + dead letters {}",
        game.gameId(),
        chart.markers(),
        chart.shots().size(),
        chart.rejected().size());
    return new Shots(chart.shots(), chart.rejected(), page.sha256());
  }

  /** Where the game's page is, for messages. */
  String describe(ScheduledGame game) {
    return site.describe(game.shotChartPath());
  }
}
