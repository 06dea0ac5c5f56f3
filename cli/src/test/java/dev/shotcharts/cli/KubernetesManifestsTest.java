package dev.shotcharts.cli;

import static dev.shotcharts.cli.DeployFiles.ROOT;
import static dev.shotcharts.cli.DeployFiles.strings;
import static dev.shotcharts.cli.DeployFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s read as kustomize and the API server would (no cluster here): every resource listed,
 * every image named in one place, the service account the job runs as created, the merge on a Spark
 * cluster rather than in the CronJob's pod.
 */
class KubernetesManifestsTest {
  static final JsonNode KUSTOMIZATION = yaml("deploy/k8s/kustomization.yaml").get(0);

  static List<JsonNode> resources() {
    List<JsonNode> docs = new ArrayList<>();
    for (String file : strings(KUSTOMIZATION.path("resources"))) {
      assertThat(Files.isRegularFile(ROOT.resolve("deploy/k8s").resolve(file))).as(file).isTrue();
      yaml("deploy/k8s/" + file).stream().filter(d -> !d.isNull()).forEach(docs::add);
    }
    return docs;
  }

  static JsonNode resource(String kind, String name) {
    return resources().stream()
        .filter(d -> d.path("kind").asText().equals(kind))
        .filter(d -> d.at("/metadata/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  @Test
  void everyImageIsNamedOnceInTheKustomizationWithARegistryAndATag() {
    Map<String, JsonNode> named = new HashMap<>();
    KUSTOMIZATION.path("images").forEach(i -> named.put(i.path("name").asText(), i));
    List<String> used = new ArrayList<>();
    resources().forEach(d -> d.findValues("image").forEach(i -> used.add(i.asText())));
    assertThat(used).isNotEmpty().allSatisfy(image -> assertThat(named).containsKey(image));
    named
        .values()
        .forEach(
            i -> {
              assertThat(i.path("newName").asText()).contains("/");
              assertThat(i.path("newTag").asText()).isEqualTo(DeployFiles.VERSION);
            });
    // The FlinkDeployment's spec.image is rewritten too.
    assertThat(yaml("deploy/k8s/kustomizeconfig.yaml").get(0).toString())
        .contains("spec/image")
        .contains("FlinkDeployment");
  }

  @Test
  void theJobRunsAsAServiceAccountTheKustomizationCreatesAndMayManageItsPods() {
    String account = resource("FlinkDeployment", "shotcharts").at("/spec/serviceAccount").asText();
    resource("ServiceAccount", account);
    JsonNode binding = resource("RoleBinding", account);
    assertThat(binding.at("/subjects/0/name").asText()).isEqualTo(account);
    JsonNode role = resource("Role", binding.at("/roleRef/name").asText());
    assertThat(role.toString()).contains("pods").contains("configmaps").contains("deployments");
  }

  @Test
  void theWeeklyMergeRunsOnTheSparkClusterNotInThePod() {
    String master =
        resource("ConfigMap", "shotcharts").at("/data/SHOTCHARTS_SPARK_MASTER").asText();
    assertThat(master).startsWith("spark://").doesNotContain("local");
    String host = master.substring("spark://".length(), master.lastIndexOf(':'));
    JsonNode service = resource("Service", host);
    assertThat(service.toString()).contains("7077");
    assertThat(
            strings(
                resource("Deployment", "spark-worker").at("/spec/template/spec/containers/0/args")))
        .containsExactly("spark-worker");
  }

  @Test
  void theJobUpgradesThroughSavepointsOnS3() {
    JsonNode spec = resource("FlinkDeployment", "shotcharts").path("spec");
    assertThat(spec.at("/job/upgradeMode").asText()).isEqualTo("savepoint");
    assertThat(spec.path("flinkConfiguration").path("execution.checkpointing.dir").asText())
        .startsWith("s3://");
    assertThat(
            spec.path("flinkConfiguration").path("execution.checkpointing.savepoint-dir").asText())
        .startsWith("s3://");
  }
}
