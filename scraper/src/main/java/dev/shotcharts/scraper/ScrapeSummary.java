package dev.shotcharts.scraper;

import java.time.Duration;
import java.util.List;

/** What a run did, for the user and for the exit code. */
public record ScrapeSummary(
    int gamesFound,
    int gamesSkipped,
    int gamesScraped,
    int shotsPublished,
    int markersDeadLettered,
    List<String> failures,
    List<String> remainingGames,
    int requests,
    Duration waitedForRateLimit) {

  public boolean succeeded() {
    return failures.isEmpty() && remainingGames.isEmpty();
  }

  public String describe() {
    StringBuilder text =
        new StringBuilder()
            .append("games found ")
            .append(gamesFound)
            .append(", skipped (already done) ")
            .append(gamesSkipped)
            .append(", scraped ")
            .append(gamesScraped)
            .append(", failed ")
            .append(failures.size())
            .append("; shots published ")
            .append(shotsPublished)
            .append(", markers dead-lettered ")
            .append(markersDeadLettered)
            .append("; requests ")
            .append(requests)
            .append(", waited ")
            .append(ScrapeProgress.format(waitedForRateLimit))
            .append(" on the rate limit");
    failures.forEach(f -> text.append("\n  failed: ").append(f));
    if (!remainingGames.isEmpty()) {
      text.append("\n  stopped early; the next run resumes with: ").append(remainingGames);
    }
    return text.toString();
  }
}
