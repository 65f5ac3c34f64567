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
  // Checks name states by pointer only when they report something, which a valid definition never
  // does: where each state is is looked up, and its pointer built, on first use.
  private Map<State, Scope> scopeOf;
  private final Map<State, String> pointers = new IdentityHashMap<>();
  private final List<State> allStates;
  private final List<?>[] places;

  Definition(StateMachine machine, Set<String> unreadableStates) {
    this.machine = machine;
    this.unreadableStates = unreadableStates;
    index(new Scope("", machine.startAt(), machine.states(), "the state machine", null, false));
    List<State> all = new ArrayList<>();
    scopes.forEach(scope -> all.addAll(scope.states().values()));
    this.allStates = List.copyOf(all);
    this.places = new List<?>[all.size()];
  }

  private void index(Scope scope) {
    scopes.add(scope);
    for (State state : scope.states().values()) {
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

  /** The scope a state belongs to (the last of {@link #scopes} holding it, if a model repeats a state object). */
  Scope scopeOf(State state) {
    if (scopeOf == null) {
      scopeOf = new IdentityHashMap<>(allStates.size());
      scopes.forEach(scope -> scope.states().values().forEach(s -> scopeOf.put(s, scope)));
    }
    return scopeOf.get(state);
  }

  /**
   * Every template and expression of the state at {@code index} of {@link #allStates()}, with
   * where it is; computed once for all checks.
   */
  @SuppressWarnings("unchecked")
  List<Expressions.Place> placesAt(int index) {
    List<Expressions.Place> found = (List<Expressions.Place>) places[index];
    if (found == null) {
      found = Expressions.places(Where.of(this, allStates.get(index)));
      places[index] = found;
    }
    return found;
  }

  /** The JSON pointer of a state (in the scope {@link #scopeOf} gives, if a model repeats a state object). */
  String pointerOf(State state) {
    String pointer = pointers.get(state);
    if (pointer == null) {
      pointer = scopeOf(state).statePointer(state.name());
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
