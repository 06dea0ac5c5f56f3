package dev.shotcharts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The deployment files as their readers parse them: YAML documents, text, the CLI's own model. */
final class DeployFiles {
  static final Path ROOT = Path.of(System.getProperty("shotcharts.root"));
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final JsonNode COMPOSE = yaml("docker-compose.yml").get(0);
  static final String VERSION = System.getProperty("shotcharts.version");

  private DeployFiles() {}

  /** The file's YAML documents with anchors, aliases and merge keys resolved, as Compose does. */
  static List<JsonNode> yaml(String file) {
    List<JsonNode> docs = new ArrayList<>();
    try {
      for (Object doc : new Yaml().loadAll(text(file))) {
        docs.add(YAML.valueToTree(doc));
      }
    } catch (YAMLException e) {
      throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
    }
    return docs;
  }

  static String text(String file) {
    try {
      return Files.readString(ROOT.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode service(String name) {
    JsonNode service = COMPOSE.path("services").path(name);
    assertThat(service.isMissingNode()).as("service " + name).isFalse();
    return service;
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The environment variables the CLI reads (its options' {@code ${env:...}} defaults). */
  static void collectEnv(CommandLine command, Set<String> names) {
    Pattern env = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (option.defaultValue() != null) {
        Matcher m = env.matcher(option.defaultValue());
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    command.getSubcommands().values().forEach(sub -> collectEnv(sub, names));
  }
}
