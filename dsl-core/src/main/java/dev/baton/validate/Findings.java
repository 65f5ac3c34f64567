package dev.baton.validate;

import dev.baton.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of the checks, each under a rule of the {@link Rule} catalog. */
final class Findings {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void report(Rule rule, String pointer, String message) {
    diagnostics.add(new Diagnostic(rule.id(), rule.severity(), rule.layer(), pointer, 0, 0, message));
  }

  List<Diagnostic> all() {
    return diagnostics;
  }
}
