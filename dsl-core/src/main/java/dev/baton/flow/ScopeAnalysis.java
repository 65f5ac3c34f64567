package dev.baton.flow;

import dev.baton.model.State;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixpoint over one scope: the shape of every state's input along every control path, joined
 * where paths meet, until nothing changes (loops included).
 */
final class ScopeAnalysis {
  /** The edge label of a scope's entry, for "coming from" messages. */
  static final String ENTRY = "";
  /** After this many visits, a state's input is widened so loops that keep nesting data end. */
  private static final int WIDEN_AFTER = 16;

  final String pointer;
  final String startAt;
  final Map<String, State> states;
  final String description;
  final Map<String, Map<String, Shape>> incoming = new HashMap<>();
  final Map<String, Map<String, Variables>> incomingVariables = new HashMap<>();
  // What each state read on its last visit: that visit saw the state's final input (any later
  // change would have queued it again), so reporting needs no second pass over the transfers.
  private final Map<String, java.util.List<Read>> lastReads = new HashMap<>();
  Shape output = Shape.NOTHING;
  private Shape lastEntry;
  private Variables lastVariables;

  ScopeAnalysis(String pointer, String startAt, Map<String, State> states, String description) {
    this.pointer = pointer;
    this.startAt = startAt;
    this.states = states;
    this.description = description;
  }

  /** Runs the fixpoint from {@code entry}; a run with the same entry as the last one is skipped. */
  void run(Shape entry, Variables variables, TransferFunction transfer) {
    if (entry.equals(lastEntry) && variables.equals(lastVariables)) {
      return;
    }
    lastEntry = entry;
    lastVariables = variables;
    incoming.clear();
    incomingVariables.clear();
    lastReads.clear();
    output = Shape.NOTHING;
    Map<String, Integer> visits = new HashMap<>();
    // A set in insertion order: each state waits at most once, and lookups stay constant time.
    java.util.LinkedHashSet<String> work = new java.util.LinkedHashSet<>();
    put(startAt, ENTRY, entry, variables, 0);
    work.add(startAt);
    while (!work.isEmpty()) {
      java.util.Iterator<String> first = work.iterator();
      String name = first.next();
      first.remove();
      State state = states.get(name);
      if (state == null) {
        continue;
      }
      int visit = visits.merge(name, 1, Integer::sum);
      Evaluator reads = new Evaluator();
      Transfer t = transfer.apply(state, input(name), variablesAt(name), reads);
      lastReads.put(name, reads.reads);
      for (Transfer.Edge edge : t.edges()) {
        if (put(edge.target(), name, edge.shape(), edge.variables(), visit)) {
          work.add(edge.target());
        }
      }
      output = Shapes.join(output, t.terminalOutput());
    }
  }

  private boolean put(String target, String from, Shape shape, Variables variables, int visit) {
    Map<String, Shape> in = incoming.computeIfAbsent(target, t -> new LinkedHashMap<>());
    Map<String, Variables> vars = incomingVariables.computeIfAbsent(target, t -> new LinkedHashMap<>());
    Shape old = in.get(from);
    Shape joined = old == null ? shape : Shapes.join(old, shape);
    if (visit > WIDEN_AFTER) {
      joined = Shapes.limitDepth(joined);
    }
    Variables oldVars = vars.get(from);
    Variables joinedVars = oldVars == null ? variables : oldVars.join(variables);
    if (joined.equals(old) && joinedVars.equals(oldVars)) {
      return false;
    }
    in.put(from, joined);
    vars.put(from, joinedVars);
    return true;
  }

  /** What a reached state reads, with each read's resolution on the state's final input. */
  java.util.List<Read> readsOf(String name) {
    return lastReads.getOrDefault(name, java.util.List.of());
  }

  /** A state's input: the join of what every predecessor sends. */
  Shape input(String name) {
    Shape joined = Shape.NOTHING;
    for (Shape s : incoming.getOrDefault(name, Map.of()).values()) {
      joined = Shapes.join(joined, s);
    }
    return joined;
  }

  /** The variables at a state's entry: the join over predecessors. */
  Variables variablesAt(String name) {
    Variables joined = null;
    for (Variables v : incomingVariables.getOrDefault(name, Map.of()).values()) {
      joined = joined == null ? v : joined.join(v);
    }
    return joined == null ? Variables.NONE : joined;
  }

  /** How a state's transfer is computed; {@code reads} collects what it reads. */
  @FunctionalInterface
  interface TransferFunction {
    Transfer apply(State state, Shape input, Variables variables, Evaluator reads);
  }
}
