package dev.shotcharts.model;

/** A record that does not meet its contract; the message says what is wrong. */
public class InvalidRecordException extends RuntimeException {
  public InvalidRecordException(String message) {
    super(message);
  }

  public InvalidRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
