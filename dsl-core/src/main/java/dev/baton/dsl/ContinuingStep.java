package dev.baton.dsl;

import java.util.List;

/**
 * A step that goes on to a next state or ends its scope: Task, Pass, Wait, Parallel and Map.
 * A step left without a next state becomes an End state when the workflow is built.
 *
 * @param <S> the concrete step type
 */
public abstract sealed class ContinuingStep<S extends ContinuingStep<S>> extends FlowStep<S>
    permits PassStep, WaitStep, ResilientStep {
  Step<?> nextStep;

  ContinuingStep(String name) {
    super(name);
  }

  /** The step this one goes to, once set. */
  public java.util.Optional<Step<?>> nextStep() {
    return java.util.Optional.ofNullable(nextStep);
  }

  boolean isOpen() {
    return nextStep == null;
  }

  void connect(Step<?> target) {
    if (nextStep != null && nextStep != target) {
      throw new IllegalStateException("state '" + name() + "': it already goes to '" + nextStep.name() + "'; a state has one Next"
          + " (use a Choice state to branch)");
    }
    nextStep = target;
  }

  /**
   * Sets ASL {@code Next}: this state goes to {@code then}'s entry. Returns the chain from this
   * state to {@code then}'s open ends.
   *
   * @throws IllegalStateException when this state already has a next state
   */
  @Override
  public Chain next(Chainable then) {
    connect(then.startStep());
    return new Chain(this, then.openEnds());
  }

  @Override
  public List<ContinuingStep<?>> openEnds() {
    return nextStep == null ? List.of(this) : List.of();
  }

  final void copyContinuingTo(ContinuingStep<?> copy) {
    copyFlowTo(copy);
  }
}
