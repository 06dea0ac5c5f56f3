package dev.shotcharts.engines;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode, in this JVM, every listener on 127.0.0.1 with free
 * ports: the embedded demo's broker, and (through {@code testing}) the tests'.
 */
public class KafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

  private Path dataDir;
  private KafkaRaftServer server;
  private String bootstrapServers;

  public KafkaBroker start() throws Exception {
    dataDir = TempDirs.create("kafka-");
    int port = FreePorts.pick();
    int controllerPort = FreePorts.pick();
    String logDir = dataDir.toString();

    Properties props = ServerConfigs.kafka(port, controllerPort, dataDir, 1);
    // One partition for the internal topics too: a test's broker starts in less time.
    props.put("offsets.topic.num.partitions", "1");
    props.put("transaction.state.log.num.partitions", "1");

    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setClusterId(Uuid.randomUuid().toString())
        .setNodeId(1)
        .setControllerListenerName("CONTROLLER")
        .setMetadataLogDirectory(logDir)
        .setDirectories(Set.of(logDir))
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .run();

    server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
    server.startup();
    bootstrapServers = "127.0.0.1:" + port;
    awaitReady();
    LOG.info("Kafka broker up at {}", bootstrapServers);
    return this;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  private void awaitReady() throws Exception {
    try (Admin admin = admin()) {
      admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
    TempDirs.deleteQuietly(dataDir);
  }
}
