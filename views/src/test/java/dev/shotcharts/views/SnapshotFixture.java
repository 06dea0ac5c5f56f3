package dev.shotcharts.views;

import dev.shotcharts.clients.LakeSettings;
import dev.shotcharts.engines.S3Server;
import dev.shotcharts.model.CuratedFields;
import dev.shotcharts.model.CuratedSchema;
import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.Lake;
import dev.shotcharts.model.LakeLayout;
import dev.shotcharts.testing.S3ServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.PartitionData;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.avro.AvroSchemaUtil;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.expressions.Expressions;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Commits curated shots to the lake's Iceberg table through Iceberg's Java API, as the merge leaves
 * them: one Parquet file per game date, partitioned as the merge's table (season, month).
 */
public final class SnapshotFixture {
  private SnapshotFixture() {}

  /** A lake on the test server with a catalog of its own (a new SQLite file). */
  public static LakeSettings lake(S3ServerExtension s3) throws Exception {
    Path catalog = Files.createTempDirectory("catalog-").resolve("catalog.db");
    return new LakeSettings(
        Lake.of(s3.bucket(), s3.endpoint(), Lake.sqliteCatalog(catalog)),
        S3Server.ACCESS_KEY,
        S3Server.SECRET_KEY);
  }

  /**
   * Replaces the season's rows in the table with {@code shots} in one commit (creating the table on
   * first use); returns the new snapshot's id.
   */
  public static long publish(
      S3ServerExtension s3, LakeSettings lake, int season, List<CuratedShot> shots, Path tmp)
      throws Exception {
    Map<String, String> properties = new HashMap<>(lake.lake().catalogProperties());
    properties.put("s3.access-key-id", lake.accessKey());
    properties.put("s3.secret-access-key", lake.secretKey());
    Catalog catalog = CatalogUtil.buildIcebergCatalog(Lake.CATALOG, properties, null);
    TableIdentifier id = TableIdentifier.of(Lake.NAMESPACE, Lake.TABLE);
    if (!catalog.tableExists(id)) {
      if (catalog instanceof SupportsNamespaces namespaces
          && !namespaces.namespaceExists(Namespace.of(Lake.NAMESPACE))) {
        namespaces.createNamespace(Namespace.of(Lake.NAMESPACE));
      }
      Schema schema =
          AvroSchemaUtil.toIceberg(
              new org.apache.avro.Schema.Parser().parse(CuratedSchema.avroJson()));
      catalog.createTable(
          id,
          schema,
          PartitionSpec.builderFor(schema).identity("season").month("game_date").build());
    }
    Table table = catalog.loadTable(id);
    Map<String, List<CuratedShot>> byDate =
        shots.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.gameDate().toString(), TreeMap::new, Collectors.toList()));
    OverwriteFiles overwrite =
        table.newOverwrite().overwriteByRowFilter(Expressions.equal("season", season));
    for (var date : byDate.entrySet()) {
      java.time.LocalDate day = java.time.LocalDate.parse(date.getKey());
      // Iceberg's month transform: months since 1970-01.
      PartitionData partition = new PartitionData(table.spec().partitionType());
      partition.set(0, season);
      partition.set(1, (day.getYear() - 1970) * 12 + day.getMonthValue() - 1);
      String key =
          LakeLayout.WAREHOUSE
              + "/fixture/season="
              + season
              + "/"
              + date.getKey()
              + "-"
              + System.nanoTime()
              + ".parquet";
      long size = put(s3, key, date.getValue(), tmp);
      overwrite.addFile(
          DataFiles.builder(table.spec())
              .withPath("s3://" + s3.bucket() + "/" + key)
              .withFileSizeInBytes(size)
              .withRecordCount(date.getValue().size())
              .withPartition(partition)
              .withFormat(FileFormat.PARQUET)
              .build());
    }
    overwrite.commit();
    table.refresh();
    return table.currentSnapshot().snapshotId();
  }

  /** One Parquet file of curated shots at {@code key}, as the Flink job's sink writes them. */
  public static long put(S3ServerExtension s3, String key, List<CuratedShot> shots, Path tmp)
      throws Exception {
    org.apache.avro.Schema schema =
        new org.apache.avro.Schema.Parser().parse(CuratedSchema.avroJson());
    Path file = Files.createTempFile(tmp, "part-", ".parquet");
    Files.delete(file);
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
            .withSchema(schema)
            .withDataModel(GenericData.get())
            .withConf(new org.apache.hadoop.conf.Configuration(false))
            .build()) {
      for (CuratedShot shot : shots) {
        writer.write(avro(shot, schema));
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    s3.put(key, bytes);
    return bytes.length;
  }

  /** A curated shot as the job's Parquet sink writes it: days for dates, milliseconds for times. */
  private static GenericRecord avro(CuratedShot shot, org.apache.avro.Schema schema) {
    GenericData.Record record = new GenericData.Record(schema);
    Object[] values = CuratedFields.values(shot);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      record.put(
          i,
          value instanceof java.time.LocalDate date
              ? (Object) (int) date.toEpochDay()
              : value instanceof java.time.Instant instant ? instant.toEpochMilli() : value);
    }
    return record;
  }
}
