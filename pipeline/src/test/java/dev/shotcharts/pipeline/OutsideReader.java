package dev.shotcharts.pipeline;

import dev.shotcharts.engines.S3Server;
import dev.shotcharts.model.Lake;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * A reader of the lake that is not the project's code: Iceberg's Java API, loading the catalog from
 * the properties file the demo writes, with the local server's keys as the default chain would give
 * them.
 */
final class OutsideReader {
  private OutsideReader() {}

  static Table table(Path propertiesFile) throws Exception {
    Properties file = new Properties();
    try (Reader in = Files.newBufferedReader(propertiesFile)) {
      file.load(in);
    }
    Map<String, String> properties = new HashMap<>();
    file.stringPropertyNames().forEach(k -> properties.put(k, file.getProperty(k)));
    properties.put("s3.access-key-id", S3Server.ACCESS_KEY);
    properties.put("s3.secret-access-key", S3Server.SECRET_KEY);
    // Under the catalog's own name: a JDBC catalog keys its tables by it.
    return CatalogUtil.buildIcebergCatalog(Lake.CATALOG, properties, null)
        .loadTable(TableIdentifier.parse(Lake.TABLE_NAME));
  }
}
