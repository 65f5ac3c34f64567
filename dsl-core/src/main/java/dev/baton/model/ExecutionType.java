package dev.baton.model;

/** The type of a distributed Map's child executions: ASL ProcessorConfig {@code ExecutionType}. Constants are spelled as in ASL JSON. */
public enum ExecutionType {
  /** {@code "STANDARD"}. */
  STANDARD,
  /** {@code "EXPRESS"}. */
  EXPRESS
}
