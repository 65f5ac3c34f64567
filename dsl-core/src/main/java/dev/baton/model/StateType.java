package dev.baton.model;

import java.util.Optional;

/** The ASL {@code Type} of a state. */
public enum StateType {
  /** {@code "Task"}. */
  TASK("Task"),
  /** {@code "Pass"}. */
  PASS("Pass"),
  /** {@code "Choice"}. */
  CHOICE("Choice"),
  /** {@code "Wait"}. */
  WAIT("Wait"),
  /** {@code "Succeed"}. */
  SUCCEED("Succeed"),
  /** {@code "Fail"}. */
  FAIL("Fail"),
  /** {@code "Parallel"}. */
  PARALLEL("Parallel"),
  /** {@code "Map"}. */
  MAP("Map");

  private final String aslName;

  StateType(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling used in ASL JSON. */
  public String aslName() {
    return aslName;
  }

  /** The type whose ASL spelling is {@code name}, if any. */
  public static Optional<StateType> fromAslName(String name) {
    for (StateType type : values()) {
      if (type.aslName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
