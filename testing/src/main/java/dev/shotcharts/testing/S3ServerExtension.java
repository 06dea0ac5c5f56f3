package dev.shotcharts.testing;

import dev.shotcharts.engines.S3Server;

/** The S3 server as a static JUnit extension: one server (and bucket) per test class. */
public final class S3ServerExtension extends S3Server implements ClassResource {
  public S3ServerExtension(String bucket) {
    super(bucket);
  }

  @Override
  public void open() throws Exception {
    start();
  }
}
