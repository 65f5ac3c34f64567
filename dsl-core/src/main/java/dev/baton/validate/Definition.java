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
  private final Map<State, Scope> scopeOf;
  // Checks name states by pointer only when they report something, which a valid definition never
  // does: each pointer is built on first use, once.
  private final Map<State, String> pointers = new IdentityHashMap<>();
  private final Map<State, List<Expressions.Place>> places;
  private final List<State> allStates;

  Definition(StateMachine machine, Set<String> unreadableStates) {
    this.machine = machine;
    this.unreadableStates = unreadableStates;
    // Sized for the top scope; nested scopes usually add a few states only.
    int expected = machine.states().size() + 16;
    this.scopeOf = new IdentityHashMap<>(expected);
    this.places = new IdentityHashMap<>(expected);
    index(new Scope("", machine.startAt(), machine.states(), "the state machine", null, false));
    List<State> all = new ArrayList<>(scopeOf.size());
    scopes.forEach(scope -> all.addAll(scope.states().values()));
    this.allStates = List.copyOf(all);
  }

  private void index(Scope scope) {
    scopes.add(scope);
    for (State state : scope.states().values()) {
      scopeOf.put(state, scope);
      if (state instanceof ParallelState parallel) {
        String pointer = scope.statePointer(state.name());
        List<Branch> branches = parallel.branches();
        for (int i = 0; i < branches.size(); i++) {
          Branch branch = branches.get(i);
          index(new Scope(JsonPointers.child(pointer + "/Branches", i), branch.startAt(), branch.states(),
              "branch " + (i + 1) + " of Parallel state '" + state.name() + "'", scope, false));
        }
      } else if (state instanceof MapState map) {
        String pointer = scope.statePointer(state.name());
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
    List<Expressions.Place> found = places.get(state);
    if (found == null) {
      found = Expressions.places(Where.of(this, state));
      places.put(state, found);
    }
    return found;
  }

  /** The JSON pointer of a state (of the last scope holding it, if a model repeats a state object). */
  String pointerOf(State state) {
    String pointer = pointers.get(state);
    if (pointer == null) {
      pointer = scopeOf.get(state).statePointer(state.name());
      pointers.put(state, pointer);
    }
    return pointer;
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
    return allStates;
  }
}
