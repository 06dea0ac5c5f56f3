package dev.shotcharts.merge;

/** A merge that cannot go on; nothing has been published or deleted when it is thrown. */
public class MergeException extends RuntimeException {
  public MergeException(String message, Throwable cause) {
    super(message, cause);
  }

  public MergeException(String message) {
    super(message);
  }
}
