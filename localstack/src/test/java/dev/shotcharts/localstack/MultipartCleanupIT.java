package dev.shotcharts.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.engines.S3Server;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The clean-up against the stack's own S3 server: old unfinished uploads go, newer ones stay. */
class MultipartCleanupIT {
  static final String BUCKET = "cleanup";

  @Test
  void abortsTheUploadsBegunBeforeTheCutoffOnly() throws Exception {
    try (S3Server server = new S3Server(BUCKET).start();
        S3Client s3 = server.client()) {
      MultipartCleanup cleanup = new MultipartCleanup(s3, BUCKET, Clock.systemUTC());
      begin(s3, "shots/ongoing/season=2025/game_date=2024-10-22/part-0-1.parquet");
      assertThat(cleanup.abortBegunBefore(Instant.now().minus(Duration.ofHours(1)))).isZero();
      assertThat(uploads(s3)).isEqualTo(1);
      assertThat(cleanup.abortBegunBefore(Instant.now().plus(Duration.ofMinutes(1)))).isEqualTo(1);
      assertThat(uploads(s3)).isZero();

      Instant before = Instant.now().minusSeconds(1);
      begin(s3, "shots/ongoing/season=2025/game_date=2024-10-22/part-1-1.parquet");
      assertThat(cleanup.abortBegunBefore(before)).as("begun after the cutoff").isZero();
      assertThat(uploads(s3)).isEqualTo(1);
    }
  }

  static void begin(S3Client s3, String key) {
    String id = s3.createMultipartUpload(b -> b.bucket(BUCKET).key(key)).uploadId();
    s3.uploadPart(
        b -> b.bucket(BUCKET).key(key).uploadId(id).partNumber(1), RequestBody.fromString("part"));
  }

  static int uploads(S3Client s3) {
    return s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads().size();
  }
}
