package dev.shotcharts.flink.job;

import dev.shotcharts.model.Lake;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.plugin.DefaultPluginManager;
import org.apache.flink.core.plugin.DirectoryBasedPluginFinder;

/**
 * For embedded runs (MiniCluster in tests and the demo) only: a Flink cluster loads its file system
 * plugins itself, the MiniCluster does not. The S3 filesystem must come in as a plugin, with its
 * own class loader, never from the classpath.
 */
public final class EmbeddedFileSystems {
  private EmbeddedFileSystems() {}

  /** Points the Flink S3 filesystem at an S3-compatible server over plain HTTP. */
  public static void useS3Server(
      Configuration conf, String endpoint, String accessKey, String secretKey) {
    conf.setString("s3.endpoint", endpoint);
    conf.setString("s3.endpoint.region", Lake.DEFAULT_REGION);
    conf.setString("s3.path.style.access", "true");
    conf.setString("s3.access-key", accessKey);
    conf.setString("s3.secret-key", secretKey);
    conf.setString("fs.s3a.connection.ssl.enabled", "false");
  }

  /** Loads the plugins below {@code pluginsDir} (one folder per plugin) for this JVM. */
  public static void initialize(Configuration conf, Path pluginsDir) throws IOException {
    FileSystem.initialize(
        conf,
        new DefaultPluginManager(
            new DirectoryBasedPluginFinder(pluginsDir).findPlugins(),
            CoreOptions.getPluginParentFirstLoaderPatterns(conf)));
  }
}
