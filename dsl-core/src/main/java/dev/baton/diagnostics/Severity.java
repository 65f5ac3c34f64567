package dev.baton.diagnostics;

/** How bad a finding is. */
public enum Severity {
  /** The definition is invalid: AWS would reject it or an execution would fail. */
  ERROR,
  /** The definition is valid but probably wrong, or will need a change before deploy. */
  WARNING
}
