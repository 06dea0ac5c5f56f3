package dev.shotcharts.clients;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A plain S3 client of the lake, for the readers (query): an S3-compatible server at its endpoint
 * with the keys of the settings, or AWS S3 with the default credential chain.
 */
public final class LakeClient {
  private LakeClient() {}

  public static S3Client of(LakeSettings lake) {
    AwsCredentialsProvider credentials =
        lake.accessKey() != null
            ? StaticCredentialsProvider.create(
                AwsBasicCredentials.create(lake.accessKey(), lake.secretKey()))
            : DefaultCredentialsProvider.builder().build();
    var builder =
        S3Client.builder()
            .credentialsProvider(credentials)
            .region(Region.of(lake.lake().region()))
            // Bounded: a hung server fails a call in minutes with the SDK's message, never hangs.
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(Duration.ofSeconds(60))
                    .build())
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMinutes(5)));
    if (lake.endpoint() != null) {
      builder.endpointOverride(URI.create(lake.endpoint())).forcePathStyle(true);
    }
    return builder.build();
  }
}
