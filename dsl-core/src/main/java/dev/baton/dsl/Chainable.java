package dev.baton.dsl;

import java.util.List;

/**
 * Something a state can go to next: a single step, or a chain of steps with one entry and any
 * number of open ends.
 */
public interface Chainable {

  /** The step execution enters first. */
  Step<?> startStep();

  /** The steps whose {@code Next} is not set yet; the next {@link #next} call connects them. */
  List<ContinuingStep<?>> openEnds();

  /**
   * Continues every open end with {@code then}, and returns the chain from this entry to
   * {@code then}'s open ends.
   *
   * @throws IllegalStateException when there is no open end to continue (for example after a
   *     Succeed, Fail or Choice step)
   */
  default Chain next(Chainable then) {
    List<ContinuingStep<?>> ends = openEnds();
    if (ends.isEmpty()) {
      throw new IllegalStateException("cannot continue after state '" + startStep().name()
          + "': the chain has no open end (it ends in Succeed, Fail or Choice states); "
          + "Choice states continue through when(...) and otherwise(...)");
    }
    for (ContinuingStep<?> end : ends) {
      end.connect(then.startStep());
    }
    return new Chain(startStep(), then.openEnds());
  }
}
