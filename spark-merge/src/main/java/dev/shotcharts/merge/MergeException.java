package dev.shotcharts.merge;

/** A merge or an export that cannot go on; a merge throws it before its commit: nothing changed. */
public class MergeException extends RuntimeException {
  public MergeException(String message, Throwable cause) {
    super(message, cause);
  }

  public MergeException(String message) {
    super(message);
  }
}
