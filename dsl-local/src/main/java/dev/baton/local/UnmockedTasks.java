package dev.baton.local;

/** What a Task state without a mock does. */
public enum UnmockedTasks {
  /**
   * Fails the execution with {@code Baton.UnmockedTask} (which no Retry or Catch handles) and a
   * cause naming the state, its resource and how to mock it. The default.
   */
  FAIL,
  /** Returns the task's effective input as its result. */
  PASS_THROUGH
}
