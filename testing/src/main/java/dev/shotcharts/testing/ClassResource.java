package dev.shotcharts.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server a test class shares: register it as a {@code static} JUnit extension and it starts
 * before the class's first test and stops after its last.
 */
public interface ClassResource extends BeforeAllCallback, AfterAllCallback, AutoCloseable {
  void open() throws Exception;

  @Override
  void close();

  @Override
  default void beforeAll(ExtensionContext context) throws Exception {
    open();
  }

  @Override
  default void afterAll(ExtensionContext context) {
    close();
  }
}
