package dev.shotcharts.pipeline;

import dev.shotcharts.flink.job.CuratedParquetWriterFactory;
import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.testing.S3ServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;

/** Publishes curated shots as a season snapshot, laid out as the merge leaves one. */
public final class SnapshotFixture {
  private SnapshotFixture() {}

  /** One Parquet file per game date under the snapshot, then {@code _LATEST} names it. */
  public static void publish(
      S3ServerExtension s3, int season, String snapshotId, List<CuratedShot> shots, Path tmp)
      throws Exception {
    Map<String, List<CuratedShot>> byDate =
        shots.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.gameDate().toString(), TreeMap::new, Collectors.toList()));
    for (var date : byDate.entrySet()) {
      put(
          s3,
          LakeLayout.snapshot(season, snapshotId)
              + "/game_date="
              + date.getKey()
              + "/part-0.parquet",
          date.getValue(),
          tmp);
    }
    s3.put(LakeLayout.latestMarker(season), snapshotId.getBytes(StandardCharsets.UTF_8));
  }

  /** One Parquet file of curated shots at {@code key}, as the Flink job's sink writes them. */
  public static void put(S3ServerExtension s3, String key, List<CuratedShot> shots, Path tmp)
      throws Exception {
    Schema schema = new Schema.Parser().parse(CuratedSchema.avroJson());
    Path file = Files.createTempFile(tmp, "part-", ".parquet");
    Files.delete(file);
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
            .withSchema(schema)
            .withDataModel(GenericData.get())
            .withConf(new org.apache.hadoop.conf.Configuration(false))
            .build()) {
      for (CuratedShot shot : shots) {
        writer.write(CuratedParquetWriterFactory.toAvro(shot, schema));
      }
    }
    s3.put(key, Files.readAllBytes(file));
  }
}
