package dev.shotcharts.bench.spark;

import java.util.HashMap;
import java.util.Map;

/**
 * What the peer is told: {@code --bootstrap-servers B --topic T --output s3a://bucket/prefix
 * [--s3-endpoint URL] [--master local[2]] [--max-offsets-per-trigger N] [--zstd-level N]}: the
 * harness passes the Flink job's ZSTD level, so both write the same Parquet.
 */
record PeerConfig(
    String bootstrapServers,
    String topic,
    String output,
    String s3Endpoint,
    String master,
    long maxOffsetsPerTrigger,
    int zstdLevel) {

  static PeerConfig fromArgs(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    for (String required : new String[] {"bootstrap-servers", "topic", "output"}) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("--" + required + " is required");
      }
    }
    return new PeerConfig(
        options.get("bootstrap-servers"),
        options.get("topic"),
        options.get("output"),
        options.get("s3-endpoint"),
        options.getOrDefault("master", "local[2]"),
        Long.parseLong(options.getOrDefault("max-offsets-per-trigger", "0")),
        Integer.parseInt(options.getOrDefault("zstd-level", "3")));
  }

  String checkpoint() {
    return output + "/_checkpoint";
  }

  String shots() {
    return output + "/shots";
  }
}
