package dev.baton.local.engine;

import dev.baton.model.QueryLanguage;
import dev.baton.model.State;
import java.util.HashMap;
import java.util.Map;

/** The states of one scope (the machine, a Parallel branch, a Map processor), planned. Internal API. */
final class ScopePlan {

  final Map<String, StatePlan> states = new HashMap<>();
  final StatePlan start;

  ScopePlan(String startAt, Map<String, State> definitions, QueryLanguage inherited,
      QueryLanguage machineLanguage) {
    definitions.forEach((name, state) -> states.put(name, new StatePlan(state, this, inherited)));
    states.values().forEach(p -> p.link(machineLanguage));
    start = get(startAt);
  }

  StatePlan get(String name) {
    StatePlan p = states.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no state named '" + name + "' in this scope");
    }
    return p;
  }
}
