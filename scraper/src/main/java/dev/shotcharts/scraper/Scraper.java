package dev.shotcharts.scraper;

import dev.shotcharts.model.ScheduleEntry;
import dev.shotcharts.model.ScheduleEntry.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run: the season's games in the range, minus the games already published (unless forced), each
 * game's shot chart, each game's shots published at once. A page that does not parse is reported
 * with its URL and the run goes on; a site that says stop ends the run and names the games left for
 * the next run.
 */
public final class Scraper {
  private static final Logger LOG = LoggerFactory.getLogger(Scraper.class);

  private final SiteClient site;
  private final RateLimiter limiter;
  private final ShotSink sink;
  private final GamePage pages;

  /** Markers of this run's pages that could not be read: each became a dead letter. */
  private int rejected;

  public Scraper(SiteClient site, RateLimiter limiter, ShotSink sink) {
    this.site = site;
    this.limiter = limiter;
    this.sink = sink;
    this.pages = new GamePage(site);
  }

  public ScrapeSummary run(int season, LocalDate from, LocalDate to, boolean force)
      throws InterruptedException {
    List<String> failures = new ArrayList<>();
    List<ScheduledGame> found;
    Set<String> finished;
    try {
      found = new SeasonSchedule(site).games(season, from, to);
      finished = force ? Set.of() : sink.finishedGames();
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      failures.add("schedule of " + season + ": " + e.getMessage());
      return new ScrapeSummary(
          0, 0, 0, 0, 0, failures, List.of(), site.requests(), limiter.waited());
    }
    List<ScheduleEntry> entries = new ArrayList<>();
    found.stream()
        .filter(g -> finished.contains(g.gameId()))
        .forEach(g -> entries.add(entry(g, Status.ALREADY_PUBLISHED, null)));
    List<ScheduledGame> games = found.stream().filter(g -> !finished.contains(g.gameId())).toList();
    int skipped = found.size() - games.size();
    LOG.info(
        "{} played games in {} .. {}; {} already published, {} to scrape",
        found.size(),
        from,
        to,
        skipped,
        games.size());
    ScrapeProgress progress = ScrapeProgress.forConsole(games.size());
    int scraped = 0;
    rejected = 0;
    int shots = 0;
    for (int i = 0; i < games.size(); i++) {
      ScheduledGame game = games.get(i);
      try {
        GamePage.Shots page = scrapeGame(game);
        shots += page.shots().size();
        rejected += page.rejected().size();
        scraped++;
        entries.add(entry(game, Status.PUBLISHED, null));
      } catch (SiteBlockedException e) {
        failures.add(e.getMessage());
        List<ScheduledGame> left = games.subList(i, games.size());
        left.forEach(g -> entries.add(entry(g, Status.NOT_REACHED, e.getMessage())));
        record(entries);
        List<String> remaining = left.stream().map(ScheduledGame::gameId).toList();
        return summary(found.size(), skipped, scraped, shots, failures, remaining);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        // The message names the page already (its URL and what was wrong with it).
        String failure = game.gameId() + ": " + e.getMessage();
        LOG.error("failed: {}", failure);
        failures.add(failure);
        entries.add(entry(game, Status.FAILED, e.getMessage()));
      }
      progress.update(i + 1, game.gameId(), shots, site.requests());
    }
    record(entries);
    return summary(found.size(), skipped, scraped, shots, failures, List.of());
  }

  static ScheduleEntry entry(ScheduledGame game, Status status, String reason) {
    return new ScheduleEntry(
        game.gameId(),
        game.season(),
        game.date().toString(),
        game.homeTeam(),
        game.awayTeam(),
        status,
        reason,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** The run's outcome per game, for the report; the shots are published whether this works. */
  private void record(List<ScheduleEntry> entries) {
    try {
      sink.recordSchedule(entries);
    } catch (Exception e) {
      LOG.warn("could not record the schedule's {} games: {}", entries.size(), e.toString());
    }
  }

  private GamePage.Shots scrapeGame(ScheduledGame game) throws Exception {
    GamePage.Shots page = pages.fetch(game);
    if (page == null) {
      throw new PageFormatException(pages.describe(game), "no shot chart (404)");
    }
    sink.publishGame(game, page.shots(), page.rejected(), page.pageSha256());
    return page;
  }

  private ScrapeSummary summary(
      int found,
      int skipped,
      int scraped,
      int shots,
      List<String> failures,
      List<String> remaining) {
    return new ScrapeSummary(
        found,
        skipped,
        scraped,
        shots,
        rejected,
        failures,
        remaining,
        site.requests(),
        limiter.waited());
  }
}
