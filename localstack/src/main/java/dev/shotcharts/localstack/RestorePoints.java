package dev.shotcharts.localstack;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Where the stack's Flink job can restart from: its retained checkpoints and its last savepoint,
 * each complete once its {@code _metadata} is written. The newest wins; an older one would write
 * again every row committed since (duplicates in {@code ongoing/}).
 */
public final class RestorePoints {
  /**
   * A state to start from: its directory, when it was completed, and the job whose retained
   * checkpoint it is (null for a savepoint, which any state backend can restore).
   */
  public record RestorePoint(String path, Instant completed, String checkpointOf) {}

  private static final String METADATA = "/_metadata";

  private final S3Client s3;
  private final String bucket;

  RestorePoints(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** The newest of the jobs' retained checkpoints and {@code savepoint} (either may be absent). */
  Optional<RestorePoint> newest(List<String> jobIds, String savepoint) {
    return all(jobIds, savepoint).max(Comparator.comparing(RestorePoint::completed));
  }

  /** The oldest state still restorable: nothing older than it can be needed again. */
  Optional<Instant> oldest(List<String> jobIds, String savepoint) {
    return all(jobIds, savepoint).map(RestorePoint::completed).min(Comparator.naturalOrder());
  }

  private Stream<RestorePoint> all(List<String> jobIds, String savepoint) {
    Stream<RestorePoint> checkpoints =
        jobIds.stream()
            .flatMap(
                id ->
                    s3
                        .listObjectsV2Paginator(
                            b -> b.bucket(bucket).prefix("checkpoints/" + id + "/"))
                        .contents()
                        .stream()
                        .filter(o -> o.key().endsWith(METADATA))
                        .map(o -> point(o, id)));
    Stream<RestorePoint> saved = savepoint == null ? Stream.empty() : completed(savepoint).stream();
    return Stream.concat(checkpoints, saved);
  }

  private RestorePoint point(S3Object metadata, String jobId) {
    String dir = metadata.key().substring(0, metadata.key().length() - METADATA.length());
    return new RestorePoint("s3://" + bucket + "/" + dir, metadata.lastModified(), jobId);
  }

  /** A savepoint path ({@code s3://bucket/savepoints/...}) if its metadata is there. */
  private Optional<RestorePoint> completed(String savepoint) {
    String key = savepoint.replaceFirst("^s3a?://" + bucket + "/", "") + METADATA;
    try {
      return Optional.of(
          new RestorePoint(
              savepoint, s3.headObject(b -> b.bucket(bucket).key(key)).lastModified(), null));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }
}
