package dev.shotcharts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lake's keys, one by one: readers outside the project depend on them. */
class LakeLayoutTest {
  @Test
  void theKeysOfTheLake() {
    assertThat(LakeLayout.ongoingSeason(2025)).isEqualTo("shots/ongoing/season=2025");
    assertThat(LakeLayout.ongoingBucket(2025)).isEqualTo("season=2025");
  }

  @Test
  void aLakeBelowAPrefixKeepsItsKeysAndItsCatalogBelowIt() {
    Lake lake = Lake.of("bucket/tests/a", "http://127.0.0.1:9000", "jdbc:sqlite:/tmp/c.db");
    assertThat(lake.bucket()).isEqualTo("bucket");
    assertThat(lake.key(LakeLayout.ongoingSeason(2025)))
        .isEqualTo("tests/a/shots/ongoing/season=2025");
    assertThat(lake.catalogProperties())
        .containsEntry("type", "jdbc")
        .containsEntry("uri", "jdbc:sqlite:/tmp/c.db")
        .containsEntry("warehouse", "s3://bucket/tests/a/warehouse")
        .containsEntry("s3.endpoint", "http://127.0.0.1:9000")
        .containsEntry("s3.path-style-access", "true");
    assertThat(Lake.of("bucket", null, "jdbc:sqlite:/tmp/c.db").catalogProperties())
        .doesNotContainKey("s3.endpoint");
  }

  @Test
  void catalogOverridesReplaceTheDefaultsInIcebergsOwnNames() {
    Lake rest =
        new Lake(
            "bucket",
            null,
            "eu-west-1",
            null,
            java.util.Map.of("type", "rest", "uri", "https://catalog.example/api"));
    assertThat(rest.catalogProperties())
        .containsEntry("type", "rest")
        .containsEntry("uri", "https://catalog.example/api")
        .containsEntry("client.region", "eu-west-1");
  }

  @Test
  void theLegacyArchiveIsNamedByTheYearItsSeasonStarts() {
    assertThat(LakeLayout.exportName(2025)).isEqualTo("shots-2024");
    assertThat(LakeLayout.export(2025)).isEqualTo("exports/shots-2024.tgz");
    assertThat(LakeLayout.export(2001)).isEqualTo("exports/shots-2000.tgz");
  }
}
