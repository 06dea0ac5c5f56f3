package dev.shotcharts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The S3 layout of design.md, key by key: readers outside the project depend on it. */
class LakeLayoutTest {
  @Test
  void theKeysOfTheLake() {
    assertThat(LakeLayout.ongoingSeason(2025)).isEqualTo("shots/ongoing/season=2025");
    assertThat(LakeLayout.seasonRoot(2025)).isEqualTo("shots/seasons/season=2025");
    assertThat(LakeLayout.snapshot(2025, "20261123T040500123Z"))
        .isEqualTo("shots/seasons/season=2025/snapshot=20261123T040500123Z");
    assertThat(LakeLayout.latestMarker(2025)).isEqualTo("shots/seasons/season=2025/_LATEST");
    assertThat(LakeLayout.ongoingBucket(2025)).isEqualTo("season=2025");
  }

  @Test
  void theLegacyArchiveIsNamedByTheYearItsSeasonStarts() {
    assertThat(LakeLayout.exportName(2025)).isEqualTo("shots-2024");
    assertThat(LakeLayout.export(2025)).isEqualTo("exports/shots-2024.tgz");
    assertThat(LakeLayout.export(2001)).isEqualTo("exports/shots-2000.tgz");
  }
}
