package dev.baton.validate;

import dev.baton.json.JsonPointers;
import dev.baton.model.Branch;
import dev.baton.model.ItemProcessor;
import dev.baton.model.MapState;
import dev.baton.model.ParallelState;
import dev.baton.model.ProcessorMode;
import dev.baton.model.QueryLanguage;
import dev.baton.model.State;
import dev.baton.model.StateMachine;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The definition being validated, indexed for the checks: its scopes and where each state is. */
final class Definition {
  final StateMachine machine;
  final Set<String> unreadableStates;
  final List<Scope> scopes = new ArrayList<>();
  private final Map<State, Scope> scopeOf = new IdentityHashMap<>();
  // Every check names states by pointer; building each pointer once keeps the checks linear.
  private final Map<State, String> pointers = new IdentityHashMap<>();
  private final Map<State, List<Expressions.Place>> places = new IdentityHashMap<>();

  Definition(StateMachine machine, Set<String> unreadableStates) {
    this.machine = machine;
    this.unreadableStates = unreadableStates;
    index(new Scope("", machine.startAt(), machine.states(), "the state machine", null, false));
  }

  private void index(Scope scope) {
    scopes.add(scope);
    for (State state : scope.states().values()) {
      scopeOf.put(state, scope);
      String pointer = scope.statePointer(state.name());
      pointers.put(state, pointer);
      if (state instanceof ParallelState parallel) {
        List<Branch> branches = parallel.branches();
        for (int i = 0; i < branches.size(); i++) {
          Branch branch = branches.get(i);
          index(new Scope(JsonPointers.child(pointer + "/Branches", i), branch.startAt(), branch.states(),
              "branch " + (i + 1) + " of Parallel state '" + state.name() + "'", scope, false));
        }
      } else if (state instanceof MapState map) {
        map.itemProcessor().ifPresent(p -> index(processorScope(p, pointer + "/ItemProcessor", map, scope)));
        map.iterator().ifPresent(p -> index(processorScope(p, pointer + "/Iterator", map, scope)));
      }
    }
  }

  private static Scope processorScope(ItemProcessor processor, String pointer, MapState map, Scope parent) {
    boolean distributed = processor.processorConfig().flatMap(c -> c.mode()).orElse(ProcessorMode.INLINE)
        == ProcessorMode.DISTRIBUTED;
    return new Scope(pointer, processor.startAt(), processor.states(),
        "the item processor of Map state '" + map.name() + "'", parent, distributed);
  }

  /** The scope a state belongs to. */
  Scope scopeOf(State state) {
    return scopeOf.get(state);
  }

  /** Every template and expression of a state, with where it is; computed once for all checks. */
  List<Expressions.Place> placesOf(State state) {
    return places.computeIfAbsent(state, s -> Expressions.places(s, pointerOf(s)));
  }

  /** The JSON pointer of a state. */
  String pointerOf(State state) {
    return pointers.get(state);
  }

  /** The state machine's query language: JSONPath unless it says JSONata. */
  QueryLanguage topLevel() {
    return machine.queryLanguage().orElse(QueryLanguage.JSONPATH);
  }

  /** The query language a state's fields are written in. */
  QueryLanguage languageOf(State state) {
    return state.queryLanguage().orElse(topLevel());
  }

  /** Whether a state's fields are JSONata. */
  boolean isJsonata(State state) {
    return languageOf(state) == QueryLanguage.JSONATA;
  }

  /** Every state with its scope, depth first. */
  List<State> allStates() {
    List<State> all = new ArrayList<>();
    scopes.forEach(scope -> all.addAll(scope.states().values()));
    return all;
  }
}
