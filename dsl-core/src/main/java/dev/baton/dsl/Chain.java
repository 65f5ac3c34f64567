package dev.baton.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sequence of connected steps: its entry and its open ends. Returned by {@link Chainable#next};
 * pass it wherever a step is expected to go to its entry.
 */
public final class Chain implements Chainable {
  private final Step<?> start;
  private final List<ContinuingStep<?>> ends;

  Chain(Step<?> start, List<ContinuingStep<?>> ends) {
    this.start = Objects.requireNonNull(start, "start");
    this.ends = List.copyOf(ends);
  }

  @Override
  public Step<?> startStep() {
    return start;
  }

  @Override
  public List<ContinuingStep<?>> openEnds() {
    // Called at every next(...) of a chain: a loop, not a stream.
    List<ContinuingStep<?>> open = new ArrayList<>(ends.size());
    for (ContinuingStep<?> end : ends) {
      if (end.isOpen()) {
        open.add(end);
      }
    }
    return List.copyOf(open);
  }

  @Override
  public String toString() {
    return "Chain[" + start.name() + " ... " + ends.stream().map(Step::name).toList() + "]";
  }
}
