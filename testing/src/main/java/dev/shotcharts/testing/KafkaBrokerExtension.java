package dev.shotcharts.testing;

import dev.shotcharts.engines.KafkaBroker;

/** The embedded Kafka broker as a static JUnit extension: one broker per test class. */
public final class KafkaBrokerExtension extends KafkaBroker implements ClassResource {
  @Override
  public void open() throws Exception {
    start();
  }
}
