package dev.shotcharts.engines;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The servers' configuration, written once for the in-process broker and the S3 server of the
 * embedded demo and for the local stack's processes (which store it as their properties files). The
 * images' start scripts write the same keys in shell (a container starts its engine before any JVM
 * of ours runs); {@code deploy}'s tests hold them to these.
 */
public final class ServerConfigs {
  private ServerConfigs() {}

  /**
   * A single-node KRaft broker and controller on 127.0.0.1: one replica of everything, no wait for
   * consumers to join a group; topics created without a count get {@code partitions}.
   */
  public static Properties kafka(int port, int controllerPort, Path logDir, int partitions) {
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    props.put(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("log.dirs", logDir.toString());
    props.put("num.partitions", String.valueOf(partitions));
    props.put("offsets.topic.replication.factor", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    return props;
  }

  /** S3Proxy on the filesystem under {@code store} (a bucket is a directory), with these keys. */
  public static Properties s3proxy(
      String endpoint, String accessKey, String secretKey, Path store) {
    Properties props = new Properties();
    props.setProperty("s3proxy.authorization", "aws-v2-or-v4");
    props.setProperty("s3proxy.endpoint", endpoint);
    props.setProperty("s3proxy.identity", accessKey);
    props.setProperty("s3proxy.credential", secretKey);
    props.setProperty("jclouds.provider", "filesystem");
    props.setProperty("jclouds.identity", accessKey);
    props.setProperty("jclouds.credential", secretKey);
    props.setProperty("jclouds.filesystem.basedir", store.toString());
    return props;
  }
}
