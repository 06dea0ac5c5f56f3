package dev.shotcharts.pipeline;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.merge.MergeConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a {@link Demo} runs: a broker, a lake, a Flink job and a Spark to merge on. The embedded
 * engines of one JVM ({@link EmbeddedRuntime}) or the local stack ({@link StackRuntime}).
 */
public interface DemoRuntime {
  String bootstrapServers();

  LakeSettings lake();

  /** Before the scrape: the engines up and the job's topics there (a stack's job running). */
  void prepare() throws Exception;

  /** After the scrape: returns once the Flink job has committed all that was published. */
  void awaitJob() throws Exception;

  /** The season's merge on this runtime's Spark (the demo exports it in the same application). */
  MergeConfig merge(int season);

  /** Where the lake's files are cached for the report. */
  Path cacheDir();

  /** Where the season's report is written. */
  Path reportDir();

  /** The catalog's properties for readers outside the project (written if need be). */
  Path catalogProperties() throws Exception;

  /** Lines after the counts: where to look next. */
  List<String> whereToLook();
}
