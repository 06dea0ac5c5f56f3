package dev.shotcharts.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkMergeLauncherTest {
  static final String MERGED =
      "MERGE-RESULT MergeResult[published=true, snapshotId=20261123T225900211Z, ongoingFiles=1,"
          + " ongoingRows=11, previousSnapshotRows=0, duplicatesDropped=0, snapshotRows=11,"
          + " ongoingFilesDeleted=1, snapshotsDeleted=0]";

  @Test
  void readsTheFieldsOfAResultLine() {
    assertThat(SparkMergeLauncher.resultField(MERGED, "snapshotId"))
        .isEqualTo("20261123T225900211Z");
    assertThat(SparkMergeLauncher.resultNumber(MERGED, "snapshotRows")).isEqualTo(11);
    assertThat(SparkMergeLauncher.resultNumber(MERGED, "snapshotsDeleted")).isZero();
    assertThat(SparkMergeLauncher.resultNumber("EXPORT-RESULT rows=11", "rows")).isEqualTo(11);
    assertThat(SparkMergeLauncher.resultNumber(MERGED, "rows"))
        .as("not previousSnapshotRows")
        .isEqualTo(-1);
    assertThat(SparkMergeLauncher.resultField(MERGED, "missing")).isNull();
  }
}
