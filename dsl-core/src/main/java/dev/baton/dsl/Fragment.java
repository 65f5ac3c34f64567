package dev.baton.dsl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reusable sub-graph: one entry and its open ends. Each {@link #insert(String)} makes a fresh
 * copy of every step, with the prefix added to each name, so the same fragment can appear in
 * several places of one workflow and in several workflows.
 *
 * <pre>{@code
 * Fragment notify = Fragment.of(task("Notify", Sns.publish(topic).message(path("$.error")))
 *     .next(fail("Failed")));
 * glueA.catchAll(c -> c.resultPath("$.error").next(notify.insert("A ")));
 * glueB.catchAll(c -> c.resultPath("$.error").next(notify.insert("B ")));
 * }</pre>
 */
public final class Fragment {
  private final Chainable body;

  private Fragment(Chainable body) {
    this.body = Objects.requireNonNull(body, "body");
  }

  /** A fragment of the steps reachable from {@code body}'s entry; its open ends are the fragment's exits. */
  public static Fragment of(Chainable body) {
    return new Fragment(body);
  }

  /** A fresh copy of the fragment whose state names all start with {@code prefix}. */
  public Chain insert(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    Map<Step<?>, Step<?>> copies = new IdentityHashMap<>();
    Step<?> start = copyGraph(body.startStep(), prefix, copies);
    // Exits are the open ends of the fragment's own scope, not those inside its branches.
    List<ContinuingStep<?>> ends = new ArrayList<>();
    for (Step<?> step : GraphBuilder.reachable(start)) {
      if (step instanceof ContinuingStep<?> continuing && continuing.nextStep == null) {
        ends.add(continuing);
      }
    }
    return new Chain(start, ends);
  }

  /** Copies every step reachable from {@code start} (in one scope, and inside nested scopes), then rewires the copies. */
  private static Step<?> copyGraph(Step<?> start, String prefix, Map<Step<?>, Step<?>> copies) {
    Deque<Step<?>> queue = new ArrayDeque<>();
    List<Step<?>> originals = new ArrayList<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      Step<?> step = queue.poll();
      if (copies.containsKey(step)) {
        continue;
      }
      copies.put(step, step.copyAs(prefix + step.name()));
      originals.add(step);
      if (step instanceof ContinuingStep<?> c && c.nextStep != null) {
        queue.add(c.nextStep);
      }
      if (step instanceof ChoiceStep choice) {
        choice.rules.forEach(r -> queue.add(r.target().startStep()));
        if (choice.otherwise != null) {
          queue.add(choice.otherwise.startStep());
        }
      }
      if (step instanceof ResilientStep<?> r) {
        r.catches.forEach(c -> queue.add(c.handler.startStep()));
      }
    }
    for (Step<?> original : originals) {
      rewire(original, copies.get(original), prefix, copies);
    }
    return copies.get(start);
  }

  private static void rewire(Step<?> original, Step<?> copy, String prefix, Map<Step<?>, Step<?>> copies) {
    if (original instanceof ContinuingStep<?> o && copy instanceof ContinuingStep<?> c) {
      c.nextStep = o.nextStep == null ? null : copies.get(o.nextStep);
    }
    if (original instanceof ChoiceStep o && copy instanceof ChoiceStep c) {
      c.rules.clear();
      o.rules.forEach(r -> c.rules.add(new ChoiceStep.Rule(r.condition(), copies.get(r.target().startStep()),
          r.options())));
      c.otherwise = o.otherwise == null ? null : copies.get(o.otherwise.startStep());
    }
    if (original instanceof ResilientStep<?> o && copy instanceof ResilientStep<?> c) {
      c.catches.clear();
      o.catches.forEach(k -> c.catches.add(k.withHandler(copies.get(k.handler.startStep()))));
    }
    if (original instanceof ParallelStep o && copy instanceof ParallelStep c) {
      c.branches.clear();
      o.branches.forEach(b -> c.branches.add(copyGraph(b.startStep(), prefix, copies)));
    }
    if (original instanceof MapStep o && copy instanceof MapStep c && o.processor != null) {
      c.processor = copyGraph(o.processor.startStep(), prefix, copies);
    }
  }
}
