package dev.shotcharts.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server (S3Proxy over a filesystem store) as a child JVM on 127.0.0.1 with a
 * free port, its bucket created at start. Its own process keeps its classpath away from Flink's and
 * Spark's. Register it as a static JUnit extension to share one server per test class.
 */
public class S3Server implements AutoCloseable {
  public static final String ACCESS_KEY = "shotcharts";
  public static final String SECRET_KEY = "shotcharts";
  public static final String REGION = "us-east-1";

  private static final Logger LOG = LoggerFactory.getLogger(S3Server.class);

  private final String bucket;
  private Path dataDir;
  private Process process;
  private int port;
  private S3Client client;

  public S3Server(String bucket) {
    this.bucket = bucket;
  }

  public S3Server start() throws IOException {
    dataDir = TempDirs.create("s3-");
    Path store = Files.createDirectories(dataDir.resolve("store"));
    port = FreePorts.pick();
    Properties props = ServerConfigs.s3proxy(endpoint(), ACCESS_KEY, SECRET_KEY, store);
    Path config = dataDir.resolve("s3proxy.properties");
    try (var out = Files.newBufferedWriter(config)) {
      props.store(out, "S3Proxy for tests");
    }
    Path log = dataDir.resolve("s3proxy.log");
    process =
        new ProcessBuilder(
                javaBinary(), "-Xmx256m", "-jar", s3proxyJar(), "--properties", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      FreePorts.awaitListening(port, Duration.ofSeconds(60), process);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + "; log:\n" + Files.readString(log), e);
    }
    client = newClient();
    client.createBucket(b -> b.bucket(bucket));
    LOG.info("S3 server up at {} (bucket {})", endpoint(), bucket);
    return this;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public String bucket() {
    return bucket;
  }

  public S3Client client() {
    return client;
  }

  /** Every key below the prefix, all pages. */
  public List<String> keys(String prefix) {
    List<String> keys = new ArrayList<>();
    client
        .listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix))
        .contents()
        .forEach((S3Object o) -> keys.add(o.key()));
    return keys;
  }

  public byte[] get(String key) {
    return client.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
  }

  public String getString(String key) {
    return new String(get(key), StandardCharsets.UTF_8);
  }

  public void put(String key, byte[] body) {
    client.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(body));
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
      client = null;
    }
    if (process != null) {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
    TempDirs.deleteQuietly(dataDir);
  }

  private S3Client newClient() {
    return connect(endpoint());
  }

  /** A client of a local S3 server at {@code endpoint} with its development keys. */
  public static S3Client connect(String endpoint) {
    return S3Client.builder()
        .endpointOverride(URI.create(endpoint))
        .region(Region.of(REGION))
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .httpClient(UrlConnectionHttpClient.create(S3Server::connectionWithoutKeepAlive))
        .build();
  }

  /**
   * One connection per request. The JDK keeps an idle connection longer than S3Proxy's Jetty does,
   * and a PUT sent on a connection the server has closed fails with "Unexpected end of file from
   * server", which neither the JDK (streamed body) nor this SDK client (an UncheckedIOException)
   * retries: the bench's merge suite failed so after a long Spark merge. A new loopback connection
   * costs microseconds.
   */
  private static HttpURLConnection connectionWithoutKeepAlive(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout((int) Duration.ofSeconds(10).toMillis());
      connection.setReadTimeout((int) Duration.ofSeconds(60).toMillis());
      connection.setRequestProperty("Connection", "close");
      return connection;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** The S3Proxy fat jar in the local Maven repository. */
  public static String s3proxyJar() {
    Properties engines = new Properties();
    try (InputStream in = S3Server.class.getResourceAsStream("engines.properties")) {
      engines.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String jar = engines.getProperty("s3proxy.jar");
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("S3Proxy jar not found at " + jar + "; run mvn install");
    }
    return jar;
  }
}
