package dev.baton.flow;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.diagnostics.Layer;
import dev.baton.json.JsonPointers;
import dev.baton.model.Branch;
import dev.baton.model.ItemProcessor;
import dev.baton.model.MapState;
import dev.baton.model.ParallelState;
import dev.baton.model.QueryLanguage;
import dev.baton.model.State;
import dev.baton.model.StateMachine;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-flow layer: proves that every JSONPath path, JSONata reference and variable a state
 * reads can resolve on the data that reaches it, along every control path. A read that cannot
 * resolve on any path is an error; one that may not resolve on some path is a warning naming the
 * path. Open shapes (nothing declared) never cause an error.
 */
public final class FlowAnalyzer {
  final FlowHints hints;
  final QueryLanguage topLevel;
  private final StateTransfer transfer;
  private final Map<Object, ScopeAnalysis> nested = new IdentityHashMap<>();
  // The context object is the same for every state of a kind; made once, not per transfer.
  private final Shape taskContext;
  private final Shape stateContext;

  private FlowAnalyzer(StateMachine machine, FlowHints hints) {
    this.hints = hints;
    this.taskContext = TaskResults.context(hints.input(), null, true);
    this.stateContext = TaskResults.context(hints.input(), null, false);
    this.topLevel = machine.queryLanguage().orElse(QueryLanguage.JSONPATH);
    indexPointers(machine.states(), "");
    this.transfer = new StateTransfer(this, stateCount);
  }

  // One walk over every state: the pointers of Parallel and Map states (their nested scopes are
  // named after them), and whether any state assigns a variable.
  private void indexPointers(Map<String, State> states, String scopePointer) {
    for (State state : states.values()) {
      stateCount++;
      assigns = assigns || assignsAnything(state);
      if (state instanceof ParallelState parallel) {
        String p = JsonPointers.child(scopePointer + "/States", state.name());
        ownerPointers.put(state, p);
        for (int i = 0; i < parallel.branches().size(); i++) {
          indexPointers(parallel.branches().get(i).states(), p + "/Branches/" + i);
        }
      } else if (state instanceof MapState map) {
        String p = JsonPointers.child(scopePointer + "/States", state.name());
        ownerPointers.put(state, p);
        map.itemProcessor().ifPresent(proc -> indexPointers(proc.states(), p + "/ItemProcessor"));
        map.iterator().ifPresent(proc -> indexPointers(proc.states(), p + "/Iterator"));
      }
    }
  }

  /** Analyses a state machine whose structure is valid; returns the flow-layer diagnostics. */
  public static List<Diagnostic> analyze(StateMachine machine, FlowHints hints) {
    FlowAnalyzer analyzer = new FlowAnalyzer(machine, hints);
    ScopeAnalysis top = new ScopeAnalysis("", machine.startAt(), machine.states(), "the state machine",
        false);
    top.run(hints.input(), Variables.NONE, analyzer.transferFor(top));
    List<Diagnostic> diagnostics = new ArrayList<>();
    analyzer.report(top, diagnostics);
    analyzer.unusedVariables(machine, diagnostics);
    return diagnostics;
  }

  /** The context object ({@code $$}) outside Map item processors, for a Task state or any other. */
  Shape context(boolean task) {
    return task ? taskContext : stateContext;
  }

  private ScopeAnalysis.TransferFunction transferFor(ScopeAnalysis scope) {
    return (state, pointer, input, variables, reads) -> transfer.apply(state, input, variables, reads, pointer);
  }

  /** Runs a Parallel branch on its input; returns the branch's output. */
  Shape runBranch(ParallelState parallel, int index, Shape input, Variables variables) {
    Branch branch = parallel.branches().get(index);
    ScopeAnalysis scope = nested.computeIfAbsent(branch, b -> new ScopeAnalysis(
        pointerOfOwner(parallel) + "/Branches/" + index, branch.startAt(), branch.states(),
        "branch " + (index + 1) + " of Parallel state '" + parallel.name() + "'", true));
    scope.run(input, variables, transferFor(scope));
    return scope.output;
  }

  /** Runs a Map item processor on one item's input; returns one iteration's output. */
  Shape runProcessor(MapState map, Shape input, Variables variables) {
    ItemProcessor processor = map.itemProcessor().orElse(map.iterator().orElse(null));
    if (processor == null) {
      return Shape.OPEN;
    }
    String field = map.itemProcessor().isPresent() ? "/ItemProcessor" : "/Iterator";
    ScopeAnalysis scope = nested.computeIfAbsent(processor, b -> new ScopeAnalysis(
        pointerOfOwner(map) + field, processor.startAt(), processor.states(),
        "the item processor of Map state '" + map.name() + "'", true));
    scope.run(input, variables, transferFor(scope));
    return scope.output;
  }

  private final Map<State, String> ownerPointers = new IdentityHashMap<>();
  private boolean assigns;
  // Whether reporting the state at hand re-ran its transfer on one predecessor's input.
  private boolean ranOnOnePredecessor;
  private int stateCount;

  private String pointerOfOwner(State state) {
    return ownerPointers.getOrDefault(state, "");
  }

  /** Reports every read of every state of a scope, then of the scopes nested in it. */
  private void report(ScopeAnalysis scope, List<Diagnostic> out) {
    List<ScopeAnalysis> children = new ArrayList<>();
    for (int at = 0; at < scope.size(); at++) {
      State state = scope.state(at);
      if (!scope.reached(at)) {
        continue; // unreachable: the structure layer reports it
      }
      Variables variables = null;
      ranOnOnePredecessor = false;
      for (Read read : scope.notable(at) ? scope.readsOf(at) : List.<Read>of()) {
        if (read.variable() == null && !worthReporting(read.resolution())) {
          continue; // found, or nothing known: most reads, and nothing to say
        }
        if (variables == null) {
          variables = scope.variablesAt(at);
        }
        diagnose(scope, at, state, variables, read, out);
      }
      if (state instanceof ParallelState || state instanceof MapState) {
        if (ranOnOnePredecessor) {
          // Nested scopes were re-run on one predecessor's input; run them on the joined one again.
          // (Otherwise they still hold the run of the state's last visit, which saw the joined input.)
          transfer.apply(state, scope.input(at), scope.variablesAt(at), new Evaluator(), scope.pointerOf(at));
        }
        children.addAll(childrenOf(state));
      }
    }
    for (ScopeAnalysis child : children) {
      report(child, out);
    }
  }

  private static boolean worthReporting(Resolution r) {
    return r.status() == Resolution.Status.MISSING || r.status() == Resolution.Status.MAYBE;
  }

  private List<ScopeAnalysis> childrenOf(State state) {
    List<ScopeAnalysis> found = new ArrayList<>();
    if (state instanceof ParallelState parallel) {
      parallel.branches().forEach(b -> {
        ScopeAnalysis s = nested.get(b);
        if (s != null) {
          found.add(s);
        }
      });
    } else if (state instanceof MapState map) {
      map.itemProcessor().or(map::iterator).map(nested::get).ifPresent(found::add);
    }
    return found;
  }

  private void diagnose(ScopeAnalysis scope, int at, State state, Variables variables, Read read,
      List<Diagnostic> out) {
    Resolution r = read.resolution();
    if (read.variable() != null) {
      Variables.Variable v = variables.byName().get(read.variable());
      if (v != null && v.definite() && !worthReporting(r)) {
        return;
      }
    }
    String where = read.what() + " of state '" + state.name() + "'";
    if (read.variable() != null) {
      Variables.Variable v = variables.byName().get(read.variable());
      if (v == null) {
        out.add(Diagnostic.error("flow.variable-unassigned", Layer.FLOW, read.pointer(), where + " reads $"
            + read.variable() + " before any state assigns it on any path to here; assign it in an earlier state"
            + " (a value assigned in a state is visible from the next state on)"));
        return;
      }
      if (!v.definite()) {
        out.add(Diagnostic.warning("flow.variable-maybe-unassigned", Layer.FLOW, read.pointer(), where + " reads $"
            + read.variable() + ", which is not assigned when coming from "
            + lacking(scope, at, k -> !isDefinite(scope.incomingVariables(at, k), read.variable()))));
        return;
      }
    }
    if (r.status() == Resolution.Status.MISSING) {
      out.add(Diagnostic.error("flow.path-missing", Layer.FLOW, read.pointer(), where + " reads " + read.text()
          + ", which can never resolve: " + r.reason() + suggestion(read)));
    } else if (r.status() == Resolution.Status.MAYBE) {
      out.add(Diagnostic.warning("flow.path-maybe", Layer.FLOW, read.pointer(), where + " reads " + read.text()
          + ", which may not resolve: " + r.reason() + whereMissing(scope, at, state, read)));
    }
  }

  private static boolean isDefinite(Variables vars, String variable) {
    Variables.Variable v = vars == null ? null : vars.byName().get(variable);
    return v != null && v.definite();
  }

  /** "'A', 'B'" for the predecessors (by their place among a state's) of which {@code lacks} holds. */
  private static String lacking(ScopeAnalysis scope, int at, java.util.function.IntPredicate lacks) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < scope.predecessors(at); k++) {
      if (lacks.test(k)) {
        String from = scope.predecessor(at, k);
        names.add(from.equals(ScopeAnalysis.ENTRY) ? "the start of " + scope.description : "'" + from + "'");
      }
    }
    return names.isEmpty() ? "some paths" : String.join(", ", names);
  }

  private String whereMissing(ScopeAnalysis scope, int at, State state, Read read) {
    int predecessors = scope.predecessors(at);
    if (predecessors < 2) {
      return "";
    }
    boolean[] missingFrom = new boolean[predecessors];
    ranOnOnePredecessor = true;
    for (int k = 0; k < predecessors; k++) {
      Evaluator reads = new Evaluator();
      transfer.apply(state, scope.incomingShape(at, k), scope.incomingVariables(at, k), reads, read.place());
      missingFrom[k] = reads.reads.stream().anyMatch(x -> x.text().equals(read.text()) && x.what().equals(read.what())
          && x.resolution().status() != Resolution.Status.FOUND && x.resolution().status() != Resolution.Status.UNKNOWN);
    }
    String names = lacking(scope, at, k -> missingFrom[k]);
    return names.equals("some paths") ? "" : " (not set when coming from " + names + ")";
  }

  private static String suggestion(Read read) {
    if (read.resolution().reason().contains("did you mean")) {
      return "";
    }
    String text = read.text();
    int cut = Math.max(text.lastIndexOf('.'), text.lastIndexOf(']'));
    String last = cut < 0 ? "" : text.substring(cut + 1);
    if (last.isEmpty()) {
      return "";
    }
    List<String> found = ShapePaths.find(read.searchRoot(), last, read.searchRootText());
    found.remove(text);
    return found.isEmpty() ? "" : "; did you mean " + found.get(0) + "?";
  }

  private void unusedVariables(StateMachine machine, List<Diagnostic> out) {
    // Most workflows assign no variable: then there is nothing to look for.
    if (!assigns) {
      return;
    }
    // Variable reads anywhere, found by a plain pass over every state's reads with everything open.
    Map<String, String> assignedAt = new LinkedHashMap<>();
    java.util.Set<String> read = new java.util.HashSet<>();
    collectVariables(machine.states(), "", assignedAt, read);
    assignedAt.forEach((name, pointer) -> {
      if (!read.contains(name)) {
        out.add(Diagnostic.warning("flow.variable-unused", Layer.FLOW, pointer, "$" + name
            + " is assigned but never read; remove the assignment or use the variable"));
      }
    });
  }

  private static boolean assignsAnything(State state) {
    if (state.assign().isPresent()) {
      return true;
    }
    for (dev.baton.model.Catcher c : state.catchers()) {
      if (c.assign().isPresent()) {
        return true;
      }
    }
    if (state instanceof dev.baton.model.ChoiceState choice) {
      for (dev.baton.model.ChoiceRule r : choice.choices()) {
        if (r.assign().isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private void collectVariables(Map<String, State> states, String scopePointer, Map<String, String> assignedAt,
      java.util.Set<String> read) {
    for (State state : states.values()) {
      String p = JsonPointers.child(scopePointer + "/States", state.name());
      state.assign().ifPresent(t -> {
        if (t instanceof dev.baton.model.Template.ObjectTemplate o) {
          o.fields().forEach((name, v) -> assignedAt.putIfAbsent(name, JsonPointers.child(p + "/Assign",
              v instanceof dev.baton.model.Template.Dynamic ? name + ".$" : name)));
        }
      });
      // Reads are recorded whether or not the variable exists, so open shapes list them all.
      Evaluator everything = new Evaluator();
      transfer.apply(state, Shape.OPEN, Variables.NONE, everything, Place.of(p));
      everything.reads.stream().filter(r -> r.variable() != null).forEach(r -> read.add(r.variable()));
      if (state instanceof ParallelState parallel) {
        for (int i = 0; i < parallel.branches().size(); i++) {
          collectVariables(parallel.branches().get(i).states(), p + "/Branches/" + i, assignedAt, read);
        }
      } else if (state instanceof MapState map) {
        map.itemProcessor().or(map::iterator).ifPresent(proc ->
            collectVariables(proc.states(), p + "/ItemProcessor", assignedAt, read));
      }
    }
  }
}
