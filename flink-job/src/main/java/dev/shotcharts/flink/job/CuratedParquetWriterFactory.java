package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.CuratedShot;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.formats.parquet.ParquetWriterFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;

/** Writes curated shots as Parquet with the curated schema of the model. */
public final class CuratedParquetWriterFactory implements BulkWriter.Factory<CuratedShot> {
  private final String schemaJson = CuratedSchema.avroJson();
  private final ParquetFormat format;

  public CuratedParquetWriterFactory(ParquetFormat format) {
    this.format = format;
  }

  @Override
  public BulkWriter<CuratedShot> create(FSDataOutputStream out) throws IOException {
    Schema schema = new Schema.Parser().parse(schemaJson);
    String json = schemaJson;
    ParquetFormat f = format;
    BulkWriter<GenericRecord> parquet =
        new ParquetWriterFactory<GenericRecord>(
                file ->
                    f.applyTo(
                            AvroParquetWriter.<GenericRecord>builder(file)
                                // Without defaults: a default Hadoop Configuration parses its
                                // XML files again for every part file (~1,000 entries).
                                .withConf(new Configuration(false)))
                        .withSchema(new Schema.Parser().parse(json))
                        .withDataModel(GenericData.get())
                        .build())
            .create(out);
    return new BulkWriter<>() {
      @Override
      public void addElement(CuratedShot shot) throws IOException {
        parquet.addElement(toAvro(shot, schema));
      }

      @Override
      public void flush() throws IOException {
        parquet.flush();
      }

      @Override
      public void finish() throws IOException {
        parquet.finish();
      }
    };
  }

  /** The curated shot as a record of the Parquet (Avro) schema. */
  public static GenericRecord toAvro(CuratedShot s, Schema schema) {
    GenericData.Record r = new GenericData.Record(schema);
    r.put("event_id", s.eventId());
    r.put("game_id", s.gameId());
    r.put("season", s.season());
    r.put("game_date", (int) s.gameDate().toEpochDay());
    r.put("home_team", s.homeTeam());
    r.put("away_team", s.awayTeam());
    r.put("team", s.team());
    r.put("opponent", s.opponent());
    r.put("player", s.player());
    r.put("period", s.period());
    r.put("period_label", s.periodLabel());
    r.put("clock_remaining_s", s.clockRemainingS());
    r.put("elapsed_s", s.elapsedS());
    r.put("made", s.made());
    r.put("shot_value", s.shotValue());
    r.put("distance_ft", s.distanceFt());
    r.put("x_px", s.xPx());
    r.put("y_px", s.yPx());
    r.put("x_ft", s.xFt());
    r.put("y_ft", s.yFt());
    r.put("zone", s.zone());
    r.put("team_score", s.teamScore());
    r.put("opponent_score", s.opponentScore());
    r.put("home_pts", s.homePts());
    r.put("away_pts", s.awayPts());
    r.put("tip", s.tip());
    r.put("source_url", s.sourceUrl());
    r.put("scraped_at", s.scrapedAt().toEpochMilli());
    r.put("processed_at", s.processedAt().toEpochMilli());
    return r;
  }
}
