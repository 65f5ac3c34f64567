package dev.baton.validate;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.model.StateMachine;
import java.util.List;
import java.util.Optional;

/**
 * What the validator found.
 *
 * @param diagnostics every finding, errors and warnings, in document order where positions are known
 * @param stateMachine the model, when the definition could be read without errors
 */
public record ValidationResult(List<Diagnostic> diagnostics, Optional<StateMachine> stateMachine) {
  /** Creates a result, copying the diagnostics. */
  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether there is no error (warnings allowed). */
  public boolean isValid() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** The warnings only. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }
}
