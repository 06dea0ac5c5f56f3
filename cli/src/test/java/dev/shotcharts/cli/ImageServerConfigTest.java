package dev.shotcharts.cli;

import static dev.shotcharts.cli.DeployFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.engines.ServerConfigs;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The images' start scripts write the servers' properties in shell; they set the keys the local
 * stack and the embedded engines set ({@link ServerConfigs}), with the container's addresses.
 */
class ImageServerConfigTest {
  private static final Pattern HEREDOC =
      Pattern.compile("<<PROPERTIES\\n(.*?)\\nPROPERTIES\\n", Pattern.DOTALL);

  @Test
  void theKafkaImageSetsTheStacksKeysWithItsOwnListeners() {
    Map<String, String> image = properties("deploy/docker/services/kafka.sh");
    Set<String> keys = names(ServerConfigs.kafka(9092, 9093, Path.of("/data"), 3));
    assertThat(image.keySet()).isEqualTo(keys);
    assertThat(image)
        .as("what does not depend on the network")
        .containsEntry("num.partitions", "3")
        .containsEntry("transaction.state.log.min.isr", "1")
        .containsEntry("group.initial.rebalance.delay.ms", "0");
  }

  @Test
  void theS3ImageSetsTheStacksKeysWithKeysFromTheEnvironment() {
    Map<String, String> image = properties("deploy/docker/services/s3.sh");
    assertThat(image.keySet())
        .isEqualTo(names(ServerConfigs.s3proxy("http://s3:9000", "a", "b", Path.of("/data"))));
    assertThat(image)
        .containsEntry("s3proxy.identity", "$S3_ACCESS_KEY")
        .containsEntry("jclouds.credential", "$S3_SECRET_KEY");
  }

  private static Set<String> names(java.util.Properties properties) {
    return new TreeSet<>(properties.stringPropertyNames());
  }

  private static Map<String, String> properties(String script) {
    Matcher heredoc = HEREDOC.matcher(text(script));
    assertThat(heredoc.find()).as(script + " writes its properties in a heredoc").isTrue();
    Map<String, String> properties = new TreeMap<>();
    for (String line : heredoc.group(1).split("\n")) {
      int eq = line.indexOf('=');
      properties.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return properties;
  }
}
