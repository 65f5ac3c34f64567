package dev.baton.validate;

import dev.baton.model.ChoiceState;
import dev.baton.model.State;
import dev.baton.model.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Variable names, and the rule that inner scopes do not assign the variables of outer scopes. */
final class VariableChecks {
  private VariableChecks() {}

  /** An assignment: the variable, where it is written, and in which state. */
  record Assignment(String variable, Where where, State state) {
    /** Where the variable is written. */
    String pointer() {
      return where.pointer();
    }
  }

  static void check(Definition d, Findings f) {
    Map<Scope, Map<String, Assignment>> byScope = new HashMap<>();
    boolean anyAssigned = false;
    for (Scope scope : d.scopes) {
      Map<String, Assignment> assigned = new HashMap<>();
      for (State state : scope.states().values()) {
        for (Assignment a : assignments(state, d)) {
          checkName(a, f);
          assigned.putIfAbsent(a.variable(), a);
        }
      }
      anyAssigned |= !assigned.isEmpty();
      byScope.put(scope, assigned);
    }
    if (!anyAssigned) {
      return; // nothing assigned, so no scope assigns an outer variable
    }
    for (Scope scope : d.scopes) {
      // A distributed Map's children run as separate executions and cannot see outer variables at all.
      if (scope.distributed()) {
        continue;
      }
      for (Assignment inner : byScope.get(scope).values()) {
        for (Scope outer = scope.parent(); outer != null; outer = outer.distributed() ? null : outer.parent()) {
          Assignment outerAssignment = byScope.get(outer).get(inner.variable());
          if (outerAssignment != null) {
            f.report(Rule.ASSIGN_OUTER_SCOPE, inner.pointer(), "state '" + inner.state().name() + "' in "
                + scope.description() + " assigns $" + inner.variable() + ", a variable of " + outer.description()
                + " (assigned by '" + outerAssignment.state().name() + "'); inner scopes can read outer variables"
                + " but not assign them: use another name, or return the value in the output");
            break;
          }
          if (outer.distributed()) {
            break;
          }
        }
      }
    }
  }

  private static void checkName(Assignment a, Findings f) {
    dev.baton.model.VariableNames.problem(a.variable()).ifPresent(problem ->
        f.report(Rule.ASSIGN_VARIABLE_NAME, a.pointer(), "state '" + a.state().name() + "': " + problem));
  }

  /** Every variable a state assigns: in its own Assign, its Choice rules' and its catchers'. */
  static List<Assignment> assignments(State state, Definition d) {
    List<Assignment> all = new java.util.ArrayList<>();
    Where p = Where.of(d, state);
    add(all, state.assign(), p.field("Assign"), state);
    if (state instanceof ChoiceState choice) {
      for (int i = 0; i < choice.choices().size(); i++) {
        add(all, choice.choices().get(i).assign(), p.field("Choices").index(i).field("Assign"), state);
      }
    }
    for (int i = 0; i < state.catchers().size(); i++) {
      add(all, state.catchers().get(i).assign(), p.field("Catch").index(i).field("Assign"), state);
    }
    return all;
  }

  private static void add(List<Assignment> all, Optional<Template> assign, Where p, State state) {
    if (assign.orElse(null) instanceof Template.ObjectTemplate object) {
      object.fields().forEach((name, value) -> all.add(new Assignment(name,
          p.member(value instanceof Template.Dynamic ? name + ".$" : name), state)));
    }
  }
}
