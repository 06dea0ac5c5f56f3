package dev.shotcharts.bench.throughput;

import dev.shotcharts.flink.job.CuratedParquetWriterFactory;
import dev.shotcharts.flink.job.ParquetFormat;
import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.transform.ShotCurator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;

/**
 * The machine's ceiling for the job's work: one thread per topic partition, each polling its
 * partition with a plain KafkaConsumer, curating with the job's parser and writing the job's
 * Parquet (same schema and codec) to local disk. No framework, no state, no checkpoints, no S3.
 * Usage: {@code CeilingPipeline BOOTSTRAP TOPIC OUT_DIR}; prints {@code CEILING-RESULT rows=N
 * millis=N cpuMillis=N}.
 */
public final class CeilingPipeline {
  private CeilingPipeline() {}

  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String topic = args[1];
    Path out = Path.of(args[2]);
    List<TopicPartition> partitions = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> probe = consumer(bootstrap)) {
      for (PartitionInfo p : probe.partitionsFor(topic)) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(partitions.size());
    long start = System.nanoTime();
    long cpuStart = cpuMillis();
    List<Future<Path>> files = new ArrayList<>();
    for (TopicPartition partition : partitions) {
      files.add(threads.submit(() -> drain(bootstrap, partition, out)));
    }
    List<Path> written = new ArrayList<>();
    for (Future<Path> file : files) {
      written.add(file.get());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpu = cpuMillis() - cpuStart;
    threads.shutdown();
    long rows = 0;
    for (Path file : written) {
      try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(file))) {
        rows += footer.getRecordCount();
      }
    }
    System.out.println("CEILING-RESULT rows=" + rows + " millis=" + millis + " cpuMillis=" + cpu);
  }

  /** CPU time of this JVM, all threads (user + system). */
  private static long cpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
  }

  /** Reads the partition from its start to its end offset at start into one Parquet file. */
  private static Path drain(String bootstrap, TopicPartition partition, Path out) throws Exception {
    Schema schema = new Schema.Parser().parse(CuratedSchema.avroJson());
    ShotCurator curator = new ShotCurator();
    Path file = out.resolve("part-" + partition.partition() + ".parquet");
    Files.deleteIfExists(file);
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap);
        ParquetWriter<GenericRecord> writer =
            ParquetFormat.DEFAULT
                .applyTo(AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file)))
                .withSchema(schema)
                .withDataModel(GenericData.get())
                .build()) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      while (consumer.position(partition) < end) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          writer.write(
              CuratedParquetWriterFactory.toAvro(
                  curator.curate(RecordJson.readRawShot(record.value()), Instant.now()), schema));
        }
      }
    }
    return file;
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
