package dev.baton.flow;

import dev.baton.model.State;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixpoint over one scope: the shape of every state's input along every control path, joined
 * where paths meet, until nothing changes (loops included).
 *
 * <p>States are numbered in the order of the scope's {@code States} object and everything per state
 * is kept in arrays by that number, so the fixpoint does no lookup by name except for an edge's
 * target. The work list is first in, first out, with each state waiting at most once: the order in
 * which states are visited decides the order of predecessors in messages and of fields in joined
 * shapes, so it stays what it has always been.
 */
final class ScopeAnalysis {
  /** The edge label of a scope's entry, for "coming from" messages. */
  static final String ENTRY = "";
  /** After this many visits, a state's input is widened so loops that keep nesting data end. */
  private static final int WIDEN_AFTER = 16;
  /** The predecessor number of the scope's entry. */
  private static final int ENTRY_INDEX = -1;

  final String pointer;
  final String startAt;
  final Map<String, State> states;
  final String description;
  // Whether anything uses what the scope ends with: a branch's or an item processor's output does;
  // the state machine's own is never read.
  private final boolean keepsOutput;
  private final State[] byIndex;
  // States whose transfer reads nothing and sends nothing anyone uses (a Fail state without paths, a
  // Succeed state that only ends a scope whose output nobody reads): a visit needs not even join
  // their input.
  private final boolean[] inert;
  private final Map<String, Integer> indexOf;
  // Each state's JSON pointer, made once: every visit's reads carry it.
  private final Place[] pointers;
  private final Incoming[] incoming;
  // What each state read on its last visit: that visit saw the state's final input (any later
  // change would have queued it again), so reporting needs no second pass over the transfers.
  private final List<Read>[] lastReads;
  // Whether those reads hold anything reporting has to look at (a variable, or a path that may not
  // resolve): most states' do not, and reporting then skips them without touching their reads.
  private final boolean[] notable;
  /** What the scope ends with: the join of its terminal states' outputs (kept only when used). */
  Shape output = Shape.NOTHING;
  private Shape lastEntry;
  private Variables lastVariables;

  @SuppressWarnings("unchecked")
  ScopeAnalysis(String pointer, String startAt, Map<String, State> states, String description,
      boolean keepsOutput) {
    this.pointer = pointer;
    this.startAt = startAt;
    this.states = states;
    this.description = description;
    this.keepsOutput = keepsOutput;
    this.byIndex = states.values().toArray(new State[0]);
    this.inert = new boolean[byIndex.length];
    this.indexOf = new HashMap<>(byIndex.length * 2);
    this.pointers = new Place[byIndex.length];
    Place statesPlace = Place.of(pointer + "/States");
    for (int i = 0; i < byIndex.length; i++) {
      indexOf.put(byIndex[i].name(), i);
      pointers[i] = statesPlace.member(byIndex[i].name());
      inert[i] = StateTransfer.inert(byIndex[i], keepsOutput);
    }
    this.incoming = new Incoming[byIndex.length];
    this.lastReads = new List[byIndex.length];
    this.notable = new boolean[byIndex.length];
  }

  /** Runs the fixpoint from {@code entry}; a run with the same entry as the last one is skipped. */
  void run(Shape entry, Variables variables, TransferFunction transfer) {
    if (entry.equals(lastEntry) && variables.equals(lastVariables)) {
      return;
    }
    lastEntry = entry;
    lastVariables = variables;
    Arrays.fill(incoming, null);
    Arrays.fill(lastReads, null);
    Arrays.fill(notable, false);
    output = Shape.NOTHING;
    Integer start = indexOf.get(startAt);
    if (start == null) {
      return;
    }
    int[] visits = new int[byIndex.length];
    WorkQueue work = new WorkQueue(byIndex.length);
    put(start, ENTRY_INDEX, entry, variables, 0);
    work.add(start);
    while (!work.isEmpty()) {
      int at = work.poll();
      int visit = ++visits[at];
      if (inert[at]) {
        lastReads[at] = List.of();
        notable[at] = false;
        continue;
      }
      Evaluator reads = new Evaluator();
      Transfer t = transfer.apply(byIndex[at], pointers[at], input(at), variablesAt(at), reads);
      lastReads[at] = reads.reads;
      notable[at] = notable(reads.reads);
      for (Transfer.Edge edge : t.edges()) {
        Integer target = indexOf.get(edge.target());
        // An edge out of the scope is the structure layer's finding; it carries no data here.
        if (target != null && put(target, at, edge.shape(), edge.variables(), visit)) {
          work.add(target);
        }
      }
      if (keepsOutput) {
        output = Shapes.join(output, t.terminalOutput());
      }
    }
  }

  private boolean put(int target, int from, Shape shape, Variables variables, int visit) {
    Incoming in = incoming[target];
    if (in == null) {
      in = incoming[target] = new Incoming();
    }
    int slot = in.slotOf(from);
    Shape old = slot < 0 ? null : in.shapes[slot];
    Shape joined = old == null ? shape : Shapes.join(old, shape);
    if (visit > WIDEN_AFTER) {
      joined = Shapes.limitDepth(joined);
    }
    Variables oldVars = slot < 0 ? null : in.variables[slot];
    Variables joinedVars = oldVars == null ? variables : oldVars.join(variables);
    if (joined.equals(old) && joinedVars.equals(oldVars)) {
      return false;
    }
    if (slot < 0) {
      in.add(from, joined, joinedVars);
    } else {
      in.shapes[slot] = joined;
      in.variables[slot] = joinedVars;
    }
    return true;
  }

  private static boolean notable(List<Read> reads) {
    for (int i = 0; i < reads.size(); i++) {
      Read read = reads.get(i);
      Resolution.Status status = read.resolution().status();
      if (read.variable() != null || status == Resolution.Status.MISSING || status == Resolution.Status.MAYBE) {
        return true;
      }
    }
    return false;
  }

  /** Whether a state's last reads hold a variable or a path that may not resolve. */
  boolean notable(int state) {
    return notable[state];
  }

  /** How many states the scope has. */
  int size() {
    return byIndex.length;
  }

  /** The state of a number, in the order of the scope's {@code States}. */
  State state(int number) {
    return byIndex[number];
  }

  /** The number of a state of this scope, or -1. */
  int indexOf(String name) {
    Integer index = indexOf.get(name);
    return index == null ? -1 : index;
  }

  /** A state's JSON pointer. */
  Place pointerOf(int state) {
    return pointers[state];
  }

  /** Whether the last run reached the state. */
  boolean reached(int state) {
    return incoming[state] != null;
  }

  /** How many predecessors (the scope's entry included) sent the state data. */
  int predecessors(int state) {
    return incoming[state] == null ? 0 : incoming[state].size;
  }

  /** A predecessor's name, in the order they first sent data; {@link #ENTRY} for the scope's entry. */
  String predecessor(int state, int k) {
    int from = incoming[state].from[k];
    return from == ENTRY_INDEX ? ENTRY : byIndex[from].name();
  }

  /** What a predecessor sends the state. */
  Shape incomingShape(int state, int k) {
    return incoming[state].shapes[k];
  }

  /** The variables a predecessor sends the state. */
  Variables incomingVariables(int state, int k) {
    return incoming[state].variables[k];
  }

  /** What a reached state reads, with each read's resolution on the state's final input. */
  List<Read> readsOf(int state) {
    return lastReads[state] == null ? List.of() : lastReads[state];
  }

  /** A state's input: the join of what every predecessor sends. */
  Shape input(int state) {
    Incoming in = incoming[state];
    Shape joined = Shape.NOTHING;
    for (int k = 0; in != null && k < in.size; k++) {
      joined = Shapes.join(joined, in.shapes[k]);
    }
    return joined;
  }

  /** The variables at a state's entry: the join over predecessors. */
  Variables variablesAt(int state) {
    Incoming in = incoming[state];
    Variables joined = null;
    for (int k = 0; in != null && k < in.size; k++) {
      joined = joined == null ? in.variables[k] : joined.join(in.variables[k]);
    }
    return joined == null ? Variables.NONE : joined;
  }

  /** How a state's transfer is computed; {@code reads} collects what it reads. */
  @FunctionalInterface
  interface TransferFunction {
    Transfer apply(State state, Place pointer, Shape input, Variables variables, Evaluator reads);
  }

  /** What each predecessor sends one state, in the order they first did. */
  private static final class Incoming {
    int[] from = new int[2];
    Shape[] shapes = new Shape[2];
    Variables[] variables = new Variables[2];
    int size;
    // By predecessor, once there are too many to scan (a shared error handler, say).
    private Map<Integer, Integer> slots;

    int slotOf(int predecessor) {
      if (slots != null) {
        Integer slot = slots.get(predecessor);
        return slot == null ? -1 : slot;
      }
      for (int k = 0; k < size; k++) {
        if (from[k] == predecessor) {
          return k;
        }
      }
      return -1;
    }

    void add(int predecessor, Shape shape, Variables vars) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        shapes = Arrays.copyOf(shapes, size * 2);
        variables = Arrays.copyOf(variables, size * 2);
      }
      from[size] = predecessor;
      shapes[size] = shape;
      variables[size] = vars;
      if (slots != null) {
        slots.put(predecessor, size);
      } else if (size == 8) {
        slots = new HashMap<>();
        for (int k = 0; k <= size; k++) {
          slots.put(from[k], k);
        }
      }
      size++;
    }
  }

  /** States waiting for a visit, first in first out; a state already waiting is not added again. */
  private static final class WorkQueue {
    private final int[] ring;
    private final boolean[] waiting;
    private int head;
    private int count;

    WorkQueue(int states) {
      ring = new int[Math.max(1, states)];
      waiting = new boolean[states];
    }

    void add(int state) {
      if (waiting[state]) {
        return;
      }
      waiting[state] = true;
      ring[(head + count++) % ring.length] = state;
    }

    int poll() {
      int state = ring[head];
      head = (head + 1) % ring.length;
      count--;
      waiting[state] = false;
      return state;
    }

    boolean isEmpty() {
      return count == 0;
    }
  }
}
