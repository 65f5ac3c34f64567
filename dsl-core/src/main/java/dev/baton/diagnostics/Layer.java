package dev.baton.diagnostics;

/** Which layer of checking produced a finding. */
public enum Layer {
  /** JSON, paths, intrinsic functions, JSONata and other expression syntax. */
  SYNTAX,
  /** What the spec and the AWS service require of a definition's shape. */
  STRUCTURE,
  /** Whether each path and variable can resolve on the data that reaches it. */
  FLOW;

  /** The lower-case name used in reports: {@code syntax}, {@code structure}, {@code flow}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
