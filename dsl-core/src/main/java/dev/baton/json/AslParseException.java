package dev.baton.json;

import dev.baton.diagnostics.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when ASL JSON cannot be read into the model; lists every problem found, not just the
 * first, each with its rule id, JSON pointer, line and column.
 */
public final class AslParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> problems;

  /** Creates the exception from the problems found (at least one). */
  public AslParseException(List<Diagnostic> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<Diagnostic> problems() {
    return problems;
  }

  private static String describe(List<Diagnostic> problems) {
    long errors = problems.stream().filter(Diagnostic::isError).count();
    return "the definition cannot be read (" + errors + (errors == 1 ? " error" : " errors") + "):\n"
        + problems.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
  }
}
