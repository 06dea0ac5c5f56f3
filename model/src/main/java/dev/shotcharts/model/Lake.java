package dev.shotcharts.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one owner of "the lake": where its files live ({@code root}: a bucket, optionally with a
 * prefix), the S3 endpoint (null: AWS), the region, and the Iceberg catalog that holds the table of
 * every season. Credentials are never part of it: they come from the AWS default chain.
 *
 * <p>{@code catalogUri} is the JDBC catalog's database ({@code jdbc:sqlite:...} locally, {@code
 * jdbc:postgresql://...} in compose and Kubernetes); {@code catalogOverrides} are further catalog
 * properties in Iceberg's own names, which replace the defaults, so a REST or Glue catalog is
 * configuration alone ({@code type=rest}, {@code uri=...}).
 */
public record Lake(
    String root,
    String s3Endpoint,
    String region,
    String catalogUri,
    Map<String, String> catalogOverrides) {

  public static final String DEFAULT_REGION = "us-east-1";

  /** The name engines register the catalog under (Spark's {@code lake.shotcharts.shots}). */
  public static final String CATALOG = "lake";

  public static final String NAMESPACE = "shotcharts";
  public static final String TABLE = "shots";

  /** The table in its catalog: {@code shotcharts.shots}. */
  public static final String TABLE_NAME = NAMESPACE + "." + TABLE;

  public Lake {
    catalogOverrides = Map.copyOf(catalogOverrides);
  }

  /** A lake at the defaults: AWS's region, no catalog overrides. */
  public static Lake of(String root, String s3Endpoint, String catalogUri) {
    return new Lake(root, s3Endpoint, DEFAULT_REGION, catalogUri, Map.of());
  }

  /**
   * The SQLite file of a JDBC catalog, with write-ahead logging so that readers never block the
   * merge's commit (and a busy timeout instead of an immediate {@code SQLITE_BUSY}).
   */
  public static String sqliteCatalog(java.nio.file.Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath() + "?journal_mode=WAL&busy_timeout=10000";
  }

  /**
   * The JDBC catalog's login from the environment ({@code SHOTCHARTS_CATALOG_USER}, {@code
   * SHOTCHARTS_CATALOG_PASSWORD}) as Iceberg's {@code jdbc.user} and {@code jdbc.password}: added
   * where a catalog is built, never written to a file or an argument list.
   */
  public static Map<String, String> catalogLogin(Map<String, String> environment) {
    Map<String, String> login = new TreeMap<>();
    if (environment.get("SHOTCHARTS_CATALOG_USER") != null) {
      login.put("jdbc.user", environment.get("SHOTCHARTS_CATALOG_USER"));
    }
    if (environment.get("SHOTCHARTS_CATALOG_PASSWORD") != null) {
      login.put("jdbc.password", environment.get("SHOTCHARTS_CATALOG_PASSWORD"));
    }
    return login;
  }

  public String bucket() {
    int slash = root.indexOf('/');
    return slash < 0 ? root : root.substring(0, slash);
  }

  /** A key below the root: what {@link LakeLayout} names, in this lake's bucket. */
  public String key(String path) {
    int slash = root.indexOf('/');
    return slash < 0 ? path : root.substring(slash + 1) + "/" + path;
  }

  /** The root as Flink's S3 filesystem names it. */
  public String flinkUri() {
    return "s3://" + root;
  }

  /** The root as Hadoop's S3A names it (Spark's reads of the staging area, the exports). */
  public String sparkUri() {
    return "s3a://" + root;
  }

  /** Where the catalog keeps the table's data and metadata files. */
  public String warehouse() {
    return "s3://" + root + "/" + LakeLayout.WAREHOUSE;
  }

  /**
   * The catalog's properties in Iceberg's own names, as Spark, Trino, pyiceberg and {@code
   * CatalogUtil.buildIcebergCatalog} read them: a JDBC catalog, the warehouse on the lake's bucket,
   * and S3FileIO against the lake's endpoint. No secrets: S3FileIO takes the AWS default chain.
   */
  public Map<String, String> catalogProperties() {
    Map<String, String> p = new TreeMap<>();
    p.put("type", "jdbc");
    p.put("uri", catalogUri);
    // V1 stores views too; Iceberg creates its tables in the database on first use.
    p.put("jdbc.schema-version", "V1");
    p.put("warehouse", warehouse());
    p.put("io-impl", "org.apache.iceberg.aws.s3.S3FileIO");
    p.put("client.region", region);
    // The SDK's URL-connection client: Iceberg's default (Apache 5) is not served for this SDK.
    p.put("http-client.type", "urlconnection");
    if (s3Endpoint != null) {
      p.put("s3.endpoint", s3Endpoint);
      p.put("s3.path-style-access", "true");
    }
    p.putAll(catalogOverrides);
    return p;
  }
}
