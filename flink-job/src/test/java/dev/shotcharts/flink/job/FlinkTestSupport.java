package dev.shotcharts.flink.job;

import dev.shotcharts.engines.S3Server;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the job's integration tests share: the S3 plugin on a test S3 server, and a producer. */
final class FlinkTestSupport {
  private FlinkTestSupport() {}

  /** One TaskManager with two slots: the jobs run at parallelism 2, as on the two-core machine. */
  static MiniClusterExtension miniCluster() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());
  }

  /**
   * The job's configuration with a bounded restart strategy: a bug that fails every attempt fails
   * the test after ten quick restarts instead of retrying forever.
   */
  static Configuration jobConfiguration(JobConfig config) {
    Configuration conf = ShotChartsJob.jobConfiguration(config);
    conf.set(
        RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF,
        Duration.ofMillis(200));
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, 10);
    return conf;
  }

  /** Loads the S3 filesystem plugin (built into target/flink-plugins) against the server. */
  static void useS3Server(S3Server s3) throws Exception {
    Configuration conf = new Configuration();
    EmbeddedFileSystems.useS3Server(conf, s3.endpoint(), S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
    EmbeddedFileSystems.initialize(conf, Path.of(System.getProperty("shotcharts.flinkPluginsDir")));
  }

  static void produce(
      String bootstrapServers, String topic, List<ProducerRecord<String, byte[]>> records) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      for (ProducerRecord<String, byte[]> record : records) {
        producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
      }
      producer.flush();
    }
  }
}
