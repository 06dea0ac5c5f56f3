package dev.shotcharts.bench.merge;

import dev.shotcharts.bench.SyntheticTopic;
import dev.shotcharts.flink.job.CuratedParquetWriterFactory;
import dev.shotcharts.flink.job.ParquetFormat;
import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.testing.SyntheticShots;
import dev.shotcharts.transform.ShotCurator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes curated shots as the Flink job leaves them in the lake: Parquet files (the job's format)
 * below {@code shots/ongoing/season=S/}, one per game date as a trickle of checkpoints would roll
 * them, written locally, then uploaded.
 */
final class LakeSeeder {
  private final S3Client s3;
  private final String bucket;
  private final Path workDir;
  private final Schema schema = new Schema.Parser().parse(CuratedSchema.avroJson());
  private final ShotCurator curator = new ShotCurator();

  LakeSeeder(S3Client s3, String bucket, Path workDir) {
    this.s3 = s3;
    this.bucket = bucket;
    this.workDir = workDir;
  }

  /** Games {@code [from, to)} of the synthetic backfill, as local files keyed for the lake. */
  List<LakeFile> write(int from, int to, String name) throws IOException {
    SyntheticShots shots = SyntheticShots.seasons(from, 2025);
    Instant scrapedAt = Instant.parse("2026-11-23T04:05:00Z");
    List<LakeFile> files = new ArrayList<>();
    ParquetWriter<GenericRecord> writer = null;
    String partition = null;
    try {
      for (int game = from; game < to; game++) {
        for (int seq = 0; seq < SyntheticTopic.SHOTS_PER_GAME; seq++) {
          CuratedShot shot = curator.curate(shots.shot(game, seq, scrapedAt), scrapedAt);
          String shotPartition = shot.season() + "/" + shot.gameDate();
          if (!shotPartition.equals(partition)) {
            if (writer != null) {
              writer.close();
            }
            partition = shotPartition;
            LakeFile file = file(shot.season(), shot.gameDate(), name);
            files.add(file);
            writer = writer(file.local());
          }
          writer.write(CuratedParquetWriterFactory.toAvro(shot, schema));
        }
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
    return files;
  }

  /** Uploads the files below {@code lakePrefix}. */
  void upload(List<LakeFile> files, String lakePrefix) {
    for (LakeFile file : files) {
      s3.putObject(
          r -> r.bucket(bucket).key(lakePrefix + "/" + file.key()),
          RequestBody.fromFile(file.local()));
    }
  }

  private LakeFile file(int season, LocalDate date, String name) throws IOException {
    String key = LakeLayout.ongoingSeason(season) + "/part-" + name + "-" + date + ".parquet";
    Path local = workDir.resolve(key);
    Files.createDirectories(local.getParent());
    Files.deleteIfExists(local);
    return new LakeFile(key, local);
  }

  private ParquetWriter<GenericRecord> writer(Path file) throws IOException {
    return ParquetFormat.DEFAULT
        .applyTo(AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file)))
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .build();
  }

  /** A Parquet file on local disk and its key below a lake prefix. */
  record LakeFile(String key, Path local) {}
}
