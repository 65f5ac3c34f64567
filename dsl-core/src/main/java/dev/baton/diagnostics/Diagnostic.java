package dev.baton.diagnostics;

import java.util.Objects;

/**
 * One finding about a definition: what is wrong, where, and how to fix it.
 *
 * @param rule a stable rule id such as {@code state.unknown-field}
 * @param severity error or warning
 * @param layer the layer of checking that found it
 * @param pointer the JSON pointer (RFC 6901) of the offending value in the definition; empty for the root
 * @param line the 1-based line in the source text, or 0 when unknown
 * @param column the 1-based column in the source text, or 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record Diagnostic(
    String rule, Severity severity, Layer layer, String pointer, int line, int column, String message) {

  /** Creates a diagnostic. */
  public Diagnostic {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** An error at a pointer, with no source position yet. */
  public static Diagnostic error(String rule, Layer layer, String pointer, String message) {
    return new Diagnostic(rule, Severity.ERROR, layer, pointer, 0, 0, message);
  }

  /** A warning at a pointer, with no source position yet. */
  public static Diagnostic warning(String rule, Layer layer, String pointer, String message) {
    return new Diagnostic(rule, Severity.WARNING, layer, pointer, 0, 0, message);
  }

  /** This diagnostic with a source position. */
  public Diagnostic at(int line, int column) {
    return new Diagnostic(rule, severity, layer, pointer, line, column, message);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** A compiler-style line: {@code line:column: error: [rule] message (at pointer)}. */
  @Override
  public String toString() {
    String where = line > 0 ? line + ":" + column + ": " : "";
    String at = pointer.isEmpty() ? "" : " (at " + pointer + ")";
    return where + severity.name().toLowerCase(java.util.Locale.ROOT) + ": [" + rule + "] " + message + at;
  }
}
