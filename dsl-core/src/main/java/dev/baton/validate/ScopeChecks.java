package dev.baton.validate;

import dev.baton.diagnostics.DidYouMean;
import dev.baton.model.State;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** StartAt, transition targets, reachability, terminal states and state names, scope by scope. */
final class ScopeChecks {
  private ScopeChecks() {}

  static void check(Definition d, Findings f) {
    Map<String, Scope> firstScopeOfName = new HashMap<>();
    for (Scope scope : d.scopes) {
      boolean startKnown = checkStartAt(d, scope, f);
      for (State state : scope.states().values()) {
        checkName(state, scope, firstScopeOfName, f);
        checkTargets(d, scope, state, f);
      }
      if (startKnown) {
        checkReachable(scope, f);
      }
      if (!scope.states().isEmpty() && scope.states().values().stream().noneMatch(State::isTerminal)) {
        f.report(Rule.SCOPE_NO_TERMINAL, scope.pointer() + "/States", scope.description()
            + " has no terminal state: add a Succeed or Fail state, or \"End\": true on a Task, Pass, Wait,"
            + " Parallel or Map state, or executions can never finish");
      }
    }
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
    if (state.name().codePointCount(0, state.name().length()) > 80) {
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
    String pointer = d.pointerOf(state);
    for (Target target : Target.of(state)) {
      String name = target.name();
      if (scope.states().containsKey(name) || d.unreadableStates.contains(name)) {
        continue;
      }
      Scope elsewhere = d.scopes.stream().filter(s -> s.states().containsKey(name)).findFirst().orElse(null);
      if (elsewhere != null) {
        f.report(Rule.PARALLEL_BRANCH_SCOPE, pointer + target.field(), target.label() + " of state '" + state.name()
            + "' is '" + name + "', a state of " + elsewhere.description() + ", but a state can only go to states"
            + " of its own scope (" + scope.description() + ")");
      } else {
        f.report(Rule.STATE_NEXT_UNKNOWN, pointer + target.field(), target.label() + " of state '" + state.name()
            + "' is '" + name + "', which is not a state of " + scope.description()
            + DidYouMean.hint(name, scope.states().keySet()));
      }
    }
  }

  private static void checkReachable(Scope scope, Findings f) {
    Set<String> reached = new LinkedHashSet<>();
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

  /** A transition of a state, with where it is written. */
  record Target(String name, String field, String label) {
    static List<Target> of(State state) {
      List<Target> targets = new java.util.ArrayList<>();
      if (state instanceof dev.baton.model.ChoiceState choice) {
        for (int i = 0; i < choice.choices().size(); i++) {
          targets.add(new Target(choice.choices().get(i).next(), "/Choices/" + i + "/Next", "the Next of rule " + i));
        }
        choice.defaultState().ifPresent(n -> targets.add(new Target(n, "/Default", "the Default")));
        return targets;
      }
      state.next().ifPresent(n -> targets.add(new Target(n, "/Next", "the Next")));
      List<dev.baton.model.Catcher> catchers = state.catchers();
      for (int i = 0; i < catchers.size(); i++) {
        targets.add(new Target(catchers.get(i).next(), "/Catch/" + i + "/Next", "the Next of catcher " + i));
      }
      return targets;
    }
  }
}
