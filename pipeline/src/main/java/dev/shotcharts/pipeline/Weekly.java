package dev.shotcharts.pipeline;

import dev.shotcharts.clients.ConsumerLag;
import dev.shotcharts.engines.EngineJars;
import dev.shotcharts.merge.ExportResult;
import dev.shotcharts.merge.JobResult;
import dev.shotcharts.merge.MergeConfig;
import dev.shotcharts.merge.MergeResult;
import dev.shotcharts.scraper.Scrape;
import dev.shotcharts.scraper.ScrapeSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a scheduler runs: scrape the last days, wait until the Flink job has committed them to the
 * lake, merge the season, export it. Each step runs only if the one before worked; an orchestrator
 * with tasks of its own (Airflow) runs them one {@link Step} at a time.
 */
public final class Weekly {
  private static final Logger LOG = LoggerFactory.getLogger(Weekly.class);

  /** How a run ended, with the exit code a scheduler sees. */
  public enum Outcome {
    DONE(0),
    SCRAPE_FAILED(1),
    MERGE_FAILED(2),
    FLINK_BEHIND(3);

    public final int exitCode;

    Outcome(int exitCode) {
      this.exitCode = exitCode;
    }
  }

  /** The steps of a run, in order; {@link WeeklyConfig#steps} names those a run takes. */
  public enum Step {
    SCRAPE,
    WAIT,
    MERGE,
    EXPORT
  }

  /**
   * What a run did; the merge and export are null when an earlier step stopped it, and {@code
   * error} says why (null when it worked).
   */
  public record Result(
      Outcome outcome,
      ScrapeSummary scrape,
      MergeResult merge,
      ExportResult export,
      String error) {}

  private Weekly() {}

  private static Result failed(Outcome outcome, ScrapeSummary scrape, String error) {
    LOG.error("weekly: {}", error);
    return new Result(outcome, scrape, null, null, error);
  }

  public static Result run(WeeklyConfig config, EngineJars jars) throws Exception {
    int season = config.scrape().season();
    ScrapeSummary scrape = null;
    if (config.steps().contains(Step.SCRAPE)) {
      LOG.info(
          "[scrape] season {} from {} to {}", season, config.scrape().from(), config.scrape().to());
      scrape = Scrape.run(config.scrape());
      LOG.info("scrape: {}", scrape.describe());
      if (!scrape.succeeded()) {
        // What was scraped is committed; the games left are named in the summary.
        return failed(Outcome.SCRAPE_FAILED, scrape, "the scrape failed; not merging");
      }
    }
    if (config.steps().contains(Step.WAIT)) {
      Result behind = awaitFlink(config, scrape);
      if (behind != null) {
        return behind;
      }
    }
    boolean merge = config.steps().contains(Step.MERGE);
    boolean export = config.steps().contains(Step.EXPORT);
    if (!merge && !export) {
      return new Result(Outcome.DONE, scrape, null, null, null);
    }
    String what = merge && export ? "merging and exporting" : merge ? "merging" : "exporting";
    LOG.info("[{}] {} season {} on {}", merge ? "merge" : "export", what, season, config.master());
    SparkMergeLauncher spark = new SparkMergeLauncher(jars, config.lake());
    try {
      MergeConfig job =
          MergeConfig.of(
              merge ? MergeConfig.Verb.MERGE : MergeConfig.Verb.EXPORT,
              season,
              config.lake().lake(),
              config.master(),
              config.eventLogDir());
      JobResult done = spark.run(merge && export ? job.withExport() : job);
      return new Result(Outcome.DONE, scrape, done.merge(), done.export(), null);
    } catch (IllegalStateException e) {
      // The scrape is committed and the lake unchanged: the next run merges it.
      return failed(Outcome.MERGE_FAILED, scrape, e.getMessage());
    }
  }

  /** Null once the job has committed everything published, else the run's failed result. */
  private static Result awaitFlink(WeeklyConfig config, ScrapeSummary scrape) throws Exception {
    LOG.info("[wait] for the Flink job (group {}) to commit", config.flinkGroup());
    ConsumerLag.Wait wait =
        ConsumerLag.await(
            config.scrape().bootstrapServers(),
            config.flinkGroup(),
            config.scrape().topic(),
            config.flinkWait(),
            config.flinkStall());
    switch (wait) {
      case STALLED -> {
        return failed(
            Outcome.FLINK_BEHIND,
            scrape,
            "the Flink job (group "
                + config.flinkGroup()
                + ") committed nothing for "
                + config.flinkStall()
                + ": is it running? Not merging");
      }
      case TIMED_OUT -> {
        return failed(
            Outcome.FLINK_BEHIND,
            scrape,
            "the Flink job did not catch up in " + config.flinkWait() + "; not merging");
      }
      case CAUGHT_UP -> LOG.info("the Flink job has committed everything published");
    }
    return null;
  }
}
