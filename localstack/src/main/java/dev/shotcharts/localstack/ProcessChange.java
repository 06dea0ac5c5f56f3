package dev.shotcharts.localstack;

/** What {@code up} or {@code down} did to one process of the stack; its UI when it has one. */
public record ProcessChange(String name, Outcome outcome, String ui) {
  public enum Outcome {
    STARTED,
    ALREADY_RUNNING,
    STOPPED,
    WAS_NOT_RUNNING
  }

  static ProcessChange of(Service service, Outcome outcome) {
    return new ProcessChange(service.name(), outcome, service.ui());
  }
}
