package dev.shotcharts.clients;

import dev.shotcharts.model.Lake;

/**
 * How the project's own processes reach the lake: the {@link Lake}, and the keys of a local S3
 * server (the local stack's fixed, non-secret development keys; null for the AWS default chain,
 * which real deployments use).
 */
public record LakeSettings(Lake lake, String accessKey, String secretKey) {
  public String endpoint() {
    return lake.s3Endpoint();
  }

  public String bucket() {
    return lake.bucket();
  }

  public String flinkUri() {
    return lake.flinkUri();
  }

  public String sparkUri() {
    return lake.sparkUri();
  }
}
