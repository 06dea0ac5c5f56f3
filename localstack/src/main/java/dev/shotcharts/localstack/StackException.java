package dev.shotcharts.localstack;

/** Something the user can act on: the message says what and how. */
public class StackException extends RuntimeException {
  public StackException(String message) {
    super(message);
  }
}
