package dev.shotcharts.localstack;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/**
 * Aborts unfinished multipart uploads that no restorable state can need: a killed TaskManager
 * leaves its in-progress part files as multipart uploads forever (S3Proxy has no lifecycle rules).
 * An upload the job can still commit belongs to a checkpoint it can restore from, so one begun
 * before the oldest such state is garbage. A server that does not say when an upload began is
 * judged by when it was first seen here (later than the truth, so on the safe side).
 */
final class MultipartCleanup {
  private final S3Client s3;
  private final String bucket;
  private final Clock clock;
  private final Map<String, Instant> firstSeen = new HashMap<>();

  MultipartCleanup(S3Client s3, String bucket, Clock clock) {
    this.s3 = s3;
    this.bucket = bucket;
    this.clock = clock;
  }

  /** Aborts the uploads begun before {@code cutoff}; returns how many. */
  int abortBegunBefore(Instant cutoff) {
    int aborted = 0;
    Map<String, Instant> seen = new HashMap<>();
    for (MultipartUpload upload :
        s3.listMultipartUploadsPaginator(b -> b.bucket(bucket)).uploads()) {
      Instant begun =
          upload.initiated() != null
              ? upload.initiated()
              : firstSeen.getOrDefault(upload.uploadId(), clock.instant());
      seen.put(upload.uploadId(), begun);
      if (begun.isBefore(cutoff)) {
        s3.abortMultipartUpload(
            b -> b.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
        seen.remove(upload.uploadId());
        aborted++;
      }
    }
    firstSeen.clear();
    firstSeen.putAll(seen);
    return aborted;
  }
}
