package dev.shotcharts.engines;

/**
 * How the engines reach the S3 server: endpoint, bucket and the keys of the local server (the local
 * stack's fixed, non-secret development keys; real deployments use the AWS default chain).
 */
public record LakeSettings(String endpoint, String bucket, String accessKey, String secretKey) {
  public String flinkUri() {
    return "s3://" + bucket;
  }

  public String sparkUri() {
    return "s3a://" + bucket;
  }
}
