package dev.baton.validate;

import dev.baton.diagnostics.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where reading found errors, so that checks of the model do not report what only follows from
 * parts left out (a Choice with "no rules" because its one rule could not be read, an
 * "unreachable" state whose transition could not be read, indices shifted by a dropped element).
 */
final class PartlyRead {
  private static final Pattern STATE = Pattern.compile("^(.*/States/[^/]+)");
  private static final Set<String> SCOPE_RULES = Set.of(Rule.STATE_UNREACHABLE.id(), Rule.SCOPE_NO_TERMINAL.id(),
      Rule.TOP_STARTAT_UNKNOWN.id(), Rule.SCOPE_STARTAT_UNKNOWN.id());

  private final Set<String> states = new HashSet<>();
  private final Set<String> scopes = new HashSet<>();

  private PartlyRead() {}

  static PartlyRead of(List<Diagnostic> readingProblems) {
    PartlyRead partly = new PartlyRead();
    for (Diagnostic problem : readingProblems) {
      if (!problem.isError()) {
        continue;
      }
      Matcher state = STATE.matcher(problem.pointer());
      if (state.find()) {
        partly.states.add(state.group(1));
        partly.scopes.add(scopeOf(state.group(1)));
      } else {
        partly.scopes.add("");
      }
    }
    return partly;
  }

  /** The diagnostics that do not depend on anything reading left out. */
  List<Diagnostic> keepReliable(List<Diagnostic> diagnostics) {
    if (states.isEmpty() && scopes.isEmpty()) {
      return diagnostics;
    }
    return diagnostics.stream().filter(this::reliable).toList();
  }

  private boolean reliable(Diagnostic d) {
    for (String state : states) {
      if (d.pointer().equals(state) || d.pointer().startsWith(state + "/")) {
        return false;
      }
    }
    if (SCOPE_RULES.contains(d.rule())) {
      Matcher state = STATE.matcher(d.pointer());
      String scope = state.find() ? scopeOf(state.group(1)) : d.pointer().replaceAll("/(StartAt|States)$", "");
      return !scopes.contains(scope);
    }
    return true;
  }

  private static String scopeOf(String statePointer) {
    return statePointer.substring(0, statePointer.lastIndexOf("/States/"));
  }
}
