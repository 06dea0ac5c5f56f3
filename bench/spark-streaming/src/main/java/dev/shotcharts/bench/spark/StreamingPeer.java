package dev.shotcharts.bench.spark;

import dev.shotcharts.merge.CuratedColumns;
import dev.shotcharts.merge.SparkLakeSettings;
import dev.shotcharts.model.Lake;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.util.LongAccumulator;

/**
 * The Flink job's work done the way the seed did it, in Spark Structured Streaming: read committed
 * records from Kafka, curate, drop repeated events, write Parquet partitioned by season and game
 * date, exactly once through the sink's checkpoint; {@code availableNow} reads what is there and
 * stops. Prints {@code STREAM-RESULT rows=N rejected=N millis=N cpuMillis=N} (the query's own time
 * and CPU time).
 */
public final class StreamingPeer {
  private StreamingPeer() {}

  public static void main(String[] args) throws Exception {
    PeerConfig config = PeerConfig.fromArgs(args);
    SparkSession spark =
        SparkLakeSettings.s3(SparkSession.builder(), config.s3Endpoint(), Lake.DEFAULT_REGION)
            .appName("shotcharts-bench-spark-streaming")
            .master(config.master())
            .config("spark.sql.datetime.java8API.enabled", "true")
            // One shuffle partition per core, as a tuned job on this machine would have.
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected");

    DataStreamReader reader =
        spark
            .readStream()
            .format("kafka")
            .option("kafka.bootstrap.servers", config.bootstrapServers())
            .option("subscribe", config.topic())
            .option("startingOffsets", "earliest")
            .option("kafka.isolation.level", "read_committed");
    if (config.maxOffsetsPerTrigger() > 0) {
      reader = reader.option("maxOffsetsPerTrigger", config.maxOffsetsPerTrigger());
    }
    Dataset<Row> curated =
        reader
            .load()
            .select("topic", "partition", "offset", "key", "value")
            .flatMap(new CurateRows(rejected), Encoders.row(CuratedColumns.SCHEMA))
            .dropDuplicates("event_id");

    long start = System.nanoTime();
    long cpuStart = cpuMillis();
    StreamingQuery query =
        curated
            .writeStream()
            .format("parquet")
            .option("compression", "zstd") // the Flink job's codec (ParquetFormat.DEFAULT)
            .option("parquet.compression.codec.zstd.level", config.zstdLevel())
            .option("path", config.shots())
            .option("checkpointLocation", config.checkpoint())
            // The job's ongoing layout: a folder per season, game_date a column in the files.
            .partitionBy("season")
            .trigger(Trigger.AvailableNow())
            .start();
    query.awaitTermination();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpu = cpuMillis() - cpuStart;
    long rows = 0;
    for (var progress : query.recentProgress()) {
      rows += progress.numInputRows();
    }
    System.out.println(
        "STREAM-RESULT input="
            + rows
            + " rejected="
            + rejected.value()
            + " millis="
            + millis
            + " cpuMillis="
            + cpu);
    spark.stop();
  }

  /** CPU time of this JVM, all threads (user + system). */
  private static long cpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
  }
}
