package dev.shotcharts.cli;

import dev.shotcharts.transform.OfflineTransform;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shotcharts transform}: the Flink job's transform on a file, without a cluster. */
@Command(
    name = "transform",
    mixinStandardHelpOptions = true,
    description =
        "Curate raw shots (JSON lines, as 'scrape --out' writes them) into curated JSON lines whose"
            + " fields are the Parquet columns; bad records go to the dead-letter file.")
public final class TransformCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "Raw shots, JSON lines.")
  Path in;

  @Option(names = "--out", required = true, description = "Curated shots, JSON lines.")
  Path out;

  @Option(
      names = "--dead-letters",
      defaultValue = "dead-letters.jsonl",
      description =
          "Records that could not be curated, with the reason (default: ${DEFAULT-VALUE}).")
  Path deadLetters;

  @Override
  public Integer call() throws Exception {
    OfflineTransform.Summary summary = new OfflineTransform().run(in, out, deadLetters);
    System.out.printf(
        "%d records: %d curated, %d duplicates, %d dead letters (%s)%n",
        summary.records(),
        summary.curated(),
        summary.duplicates(),
        summary.deadLetters(),
        deadLetters);
    return summary.deadLetters() == 0 ? 0 : 2;
  }
}
