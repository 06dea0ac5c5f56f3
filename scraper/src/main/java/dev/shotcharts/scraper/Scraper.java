package dev.shotcharts.scraper;

import dev.shotcharts.model.RawShot;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run: the season's games in the range, each game's shot chart, each game's shots published at
 * once. A page that does not parse is reported with its URL and the run goes on; a site that says
 * stop ends the run and names the games left.
 */
public final class Scraper {
  private static final Logger LOG = LoggerFactory.getLogger(Scraper.class);

  private final SiteClient site;
  private final RateLimiter limiter;
  private final ShotSink sink;
  private final ShotChartParser parser = new ShotChartParser();

  public Scraper(SiteClient site, RateLimiter limiter, ShotSink sink) {
    this.site = site;
    this.limiter = limiter;
    this.sink = sink;
  }

  public ScrapeSummary run(int season, LocalDate from, LocalDate to) throws InterruptedException {
    List<String> failures = new ArrayList<>();
    List<ScheduledGame> games;
    try {
      games = new SeasonSchedule(site).games(season, from, to);
    } catch (IOException | RuntimeException e) {
      failures.add("schedule of " + season + ": " + e.getMessage());
      return summary(0, 0, 0, failures, List.of());
    }
    LOG.info("{} played games in {} .. {}", games.size(), from, to);
    int scraped = 0;
    int shots = 0;
    for (int i = 0; i < games.size(); i++) {
      ScheduledGame game = games.get(i);
      try {
        shots += scrapeGame(game);
        scraped++;
        LOG.info("[{}/{}] {} done, {} shots so far", i + 1, games.size(), game.gameId(), shots);
      } catch (SiteBlockedException e) {
        failures.add(e.getMessage());
        List<String> remaining =
            games.subList(i, games.size()).stream().map(ScheduledGame::gameId).toList();
        return summary(games.size(), scraped, shots, failures, remaining);
      } catch (Exception e) {
        String failure =
            game.gameId() + " (" + site.describe(game.shotChartPath()) + "): " + e.getMessage();
        LOG.error("failed: {}", failure);
        failures.add(failure);
      }
    }
    return summary(games.size(), scraped, shots, failures, List.of());
  }

  private int scrapeGame(ScheduledGame game) throws Exception {
    Document page = site.fetch(game.shotChartPath());
    if (page == null) {
      throw new PageFormatException(game.shotChartPath(), "no shot chart (404)");
    }
    String scrapedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    ShotChartParser.ShotChart chart = parser.parse(page, game, scrapedAt);
    if (!chart.teamsWithoutShots().isEmpty()) {
      LOG.warn("{}: no shot markers for {}", page.location(), chart.teamsWithoutShots());
    }
    List<RawShot> shots = chart.shots();
    sink.publishGame(game, shots);
    return shots.size();
  }

  private ScrapeSummary summary(
      int found, int scraped, int shots, List<String> failures, List<String> remaining) {
    return new ScrapeSummary(
        found, scraped, shots, failures, remaining, site.requests(), limiter.waited());
  }
}
