package dev.baton.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of one scope reachable from its entry, breadth first, with every transition between
 * them recorded by position in that order. {@link GraphBuilder} names the steps from the order and
 * finds the steps with no way out from the recorded transitions, so the graph is walked once and
 * no map by name or list per step is needed.
 */
final class ScopeWalk {
  /** The steps in discovery order. */
  final List<Step<?>> order = new ArrayList<>();
  private final Map<Step<?>, Integer> position = new IdentityHashMap<>();
  /** Transition {@code i} goes from step {@code sources[i]} to step {@code destinations[i]}. */
  private int[] sources = new int[64];
  private int[] destinations = new int[64];
  private int transitions;

  private ScopeWalk() {}

  /** Walks the scope entered at {@code start}: its steps, not those of nested Parallel or Map scopes. */
  static ScopeWalk from(Step<?> start) {
    ScopeWalk walk = new ScopeWalk();
    walk.reach(-1, start);
    for (int i = 0; i < walk.order.size(); i++) {
      Step<?> step = walk.order.get(i);
      if (step instanceof ContinuingStep<?> continuing && continuing.nextStep != null) {
        walk.reach(i, continuing.nextStep);
      }
      if (step instanceof ChoiceStep choice) {
        for (ChoiceStep.Rule rule : choice.rules) {
          walk.reach(i, rule.target().startStep());
        }
        if (choice.otherwise != null) {
          walk.reach(i, choice.otherwise.startStep());
        }
      }
      if (step instanceof ResilientStep<?> resilient) {
        for (Catch c : resilient.catches) {
          walk.reach(i, c.handler.startStep());
        }
      }
    }
    return walk;
  }

  private void reach(int source, Step<?> target) {
    Integer known = position.get(target);
    int destination;
    if (known == null) {
      destination = order.size();
      position.put(target, destination);
      order.add(target);
    } else {
      destination = known;
    }
    if (source < 0) {
      return;
    }
    if (transitions == sources.length) {
      sources = Arrays.copyOf(sources, transitions * 2);
      destinations = Arrays.copyOf(destinations, transitions * 2);
    }
    sources[transitions] = source;
    destinations[transitions] = destination;
    transitions++;
  }

  /**
   * Which steps can reach an End, Succeed or Fail state, by position: the terminal steps, then,
   * walking transitions backwards, every step that goes to one that can.
   */
  boolean[] canFinish() {
    int n = order.size();
    // The transitions grouped by destination (a counting sort), to walk them backwards.
    int[] firstIncoming = new int[n + 1];
    for (int i = 0; i < transitions; i++) {
      firstIncoming[destinations[i] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      firstIncoming[i + 1] += firstIncoming[i];
    }
    int[] incoming = new int[transitions];
    int[] filled = Arrays.copyOf(firstIncoming, n);
    for (int i = 0; i < transitions; i++) {
      incoming[filled[destinations[i]]++] = sources[i];
    }
    boolean[] finishes = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (isTerminal(order.get(i))) {
        finishes[i] = true;
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      int step = queue[head++];
      for (int k = firstIncoming[step]; k < firstIncoming[step + 1]; k++) {
        int source = incoming[k];
        if (!finishes[source]) {
          finishes[source] = true;
          queue[tail++] = source;
        }
      }
    }
    return finishes;
  }

  /** Whether the step becomes a terminal state: Succeed, Fail, or one left without a next step (End). */
  private static boolean isTerminal(Step<?> step) {
    return step instanceof SucceedStep || step instanceof FailStep
        || (step instanceof ContinuingStep<?> continuing && continuing.nextStep == null);
  }
}
