package dev.baton.validate;

import dev.baton.diagnostics.DidYouMean;
import dev.baton.model.Catcher;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.State;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** StartAt, transition targets, reachability, terminal states and state names, scope by scope. */
final class ScopeChecks {
  private ScopeChecks() {}

  static void check(Definition d, Findings f) {
    Map<String, Scope> firstScopeOfName = new HashMap<>(capacityFor(d.allStates().size()));
    for (Scope scope : d.scopes) {
      boolean startKnown = checkStartAt(d, scope, f);
      for (State state : scope.states().values()) {
        checkName(state, scope, firstScopeOfName, f);
        checkTargets(d, scope, state, f);
      }
      if (startKnown) {
        checkReachable(scope, f);
      }
      if (!scope.states().isEmpty() && !hasTerminal(scope)) {
        f.report(Rule.SCOPE_NO_TERMINAL, scope.pointer() + "/States", scope.description()
            + " has no terminal state: add a Succeed or Fail state, or \"End\": true on a Task, Pass, Wait,"
            + " Parallel or Map state, or executions can never finish");
      }
    }
  }

  private static boolean hasTerminal(Scope scope) {
    for (State state : scope.states().values()) {
      if (state.isTerminal()) {
        return true;
      }
    }
    return false;
  }

  /** A HashMap capacity that holds {@code size} entries without growing. */
  static int capacityFor(int size) {
    return (int) (size / 0.75f) + 1;
  }

  private static boolean checkStartAt(Definition d, Scope scope, Findings f) {
    String startAt = scope.startAt();
    if (startAt.isEmpty() && !scope.states().containsKey("")) {
      return false; // reported by the reader as missing
    }
    if (scope.states().containsKey(startAt)) {
      return true;
    }
    if (!d.unreadableStates.contains(startAt)) {
      Rule rule = scope.isTop() ? Rule.TOP_STARTAT_UNKNOWN : Rule.SCOPE_STARTAT_UNKNOWN;
      f.report(rule, scope.pointer() + "/StartAt", "StartAt names '" + startAt + "', which is not a state of "
          + scope.description() + DidYouMean.hint(startAt, scope.states().keySet()));
    }
    return false;
  }

  private static void checkName(State state, Scope scope, Map<String, Scope> firstScopeOfName, Findings f) {
    // Only a name of more than 80 chars can have more than 80 code points.
    if (state.name().length() > 80 && state.name().codePointCount(0, state.name().length()) > 80) {
      f.report(Rule.STATE_NAME_LENGTH, scope.statePointer(state.name()), "state name '" + state.name().substring(0, 20) + "...' is "
          + state.name().codePointCount(0, state.name().length()) + " characters long; AWS allows at most 80");
    }
    Scope first = firstScopeOfName.putIfAbsent(state.name(), scope);
    if (first != null && first != scope) {
      f.report(Rule.STATE_NAME_UNIQUE, scope.statePointer(state.name()), "state name '" + state.name() + "' is used in " + first.description()
          + " and again in " + scope.description() + "; names must be unique across the whole state machine");
    }
  }

  private static void checkTargets(Definition d, Scope scope, State state, Findings f) {
    if (state instanceof ChoiceState choice) {
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        checkTarget(d, scope, state, rules.get(i).next(), Transition.RULE, i, f);
      }
      choice.defaultState().ifPresent(n -> checkTarget(d, scope, state, n, Transition.DEFAULT, 0, f));
      return;
    }
    state.next().ifPresent(n -> checkTarget(d, scope, state, n, Transition.NEXT, 0, f));
    List<Catcher> catchers = state.catchers();
    for (int i = 0; i < catchers.size(); i++) {
      checkTarget(d, scope, state, catchers.get(i).next(), Transition.CATCHER, i, f);
    }
  }

  private static void checkTarget(Definition d, Scope scope, State state, String name, Transition transition,
      int index, Findings f) {
    if (scope.states().containsKey(name) || d.unreadableStates.contains(name)) {
      return;
    }
    String at = d.pointerOf(state) + transition.field(index);
    Scope elsewhere = d.scopes.stream().filter(s -> s.states().containsKey(name)).findFirst().orElse(null);
    if (elsewhere != null) {
      f.report(Rule.PARALLEL_BRANCH_SCOPE, at, transition.label(index) + " of state '" + state.name()
          + "' is '" + name + "', a state of " + elsewhere.description() + ", but a state can only go to states"
          + " of its own scope (" + scope.description() + ")");
    } else {
      f.report(Rule.STATE_NEXT_UNKNOWN, at, transition.label(index) + " of state '" + state.name()
          + "' is '" + name + "', which is not a state of " + scope.description()
          + DidYouMean.hint(name, scope.states().keySet()));
    }
  }

  /** Where a state names its next state; the field and label are only built for a report. */
  enum Transition {
    RULE, DEFAULT, NEXT, CATCHER;

    /** The pointer of the field below the state's, e.g. {@code /Choices/2/Next}. */
    String field(int index) {
      return switch (this) {
        case RULE -> "/Choices/" + index + "/Next";
        case DEFAULT -> "/Default";
        case NEXT -> "/Next";
        case CATCHER -> "/Catch/" + index + "/Next";
      };
    }

    /** How messages name the field, e.g. {@code the Next of rule 2}. */
    String label(int index) {
      return switch (this) {
        case RULE -> "the Next of rule " + index;
        case DEFAULT -> "the Default";
        case NEXT -> "the Next";
        case CATCHER -> "the Next of catcher " + index;
      };
    }
  }

  private static void checkReachable(Scope scope, Findings f) {
    Set<String> reached = new HashSet<>(capacityFor(scope.states().size()));
    Deque<String> queue = new ArrayDeque<>();
    queue.add(scope.startAt());
    reached.add(scope.startAt());
    while (!queue.isEmpty()) {
      State state = scope.states().get(queue.poll());
      if (state == null) {
        continue;
      }
      for (String next : state.transitions()) {
        if (reached.add(next)) {
          queue.add(next);
        }
      }
    }
    for (String name : scope.states().keySet()) {
      if (!reached.contains(name)) {
        f.report(Rule.STATE_UNREACHABLE, scope.statePointer(name), "state '" + name + "' can never run: no path"
            + " from StartAt ('" + scope.startAt() + "') leads to it; connect it or remove it");
      }
    }
  }
}
