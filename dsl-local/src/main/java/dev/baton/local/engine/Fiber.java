package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.local.functions.StatesError;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the states of one scope (the machine, a Parallel branch, a Map iteration) one after the
 * other on the scheduler's thread. A state that must wait (a timer, a callback, its branches)
 * returns no step and later calls {@link #resume}; every other state continues in the same loop,
 * so a sequential flow costs no thread switch and no queueing. Internal API.
 */
final class Fiber {

  final Run run;
  /** The fiber of the Parallel or Map state this one runs a branch or iteration of, or null. */
  private final Fiber parent;
  final VariableScope variables;
  /** Whether this scope's events are left out of the history (distributed Map children). */
  final boolean quiet;
  /** The id of the last history event this fiber recorded (its {@code previousEventId} chain). */
  long lastEventId;
  private final Consumer<Step> done;
  private StatePlan current;
  private JsonNode input;
  private boolean cancelled;
  private boolean finished;

  Fiber(Run run, Fiber parent, VariableScope variables, StatePlan start, JsonNode input,
      boolean quiet, Consumer<Step> done) {
    this.run = run;
    this.parent = parent;
    this.variables = variables;
    this.current = start;
    this.input = input;
    this.quiet = quiet;
    this.done = done;
  }

  /** Queues the fiber to start. */
  void start() {
    run.scheduler.post(this::loop);
  }

  /** Stops the fiber: pending timers and callbacks that resume it are ignored. */
  void cancel() {
    cancelled = true;
  }

  /** Whether the fiber still runs: not stopped, not done, and neither is any enclosing fiber. */
  boolean isActive() {
    if (cancelled || finished || run.isOver()) {
      return false;
    }
    // A branch of a stopped branch stops too (e.g. iterations of a Map inside a failed Parallel).
    for (Fiber f = parent; f != null; f = f.parent) {
      if (f.cancelled) {
        return false;
      }
    }
    return true;
  }

  private void loop() {
    while (isActive()) {
      Step step;
      try {
        step = StateRunner.execute(this, current, input);
      } catch (StatesError e) {
        step = Step.fail(e.error(), e.cause());
      }
      if (step == null || !apply(step)) {
        return;
      }
    }
  }

  /** Continues after a state that waited; ignored once the fiber or execution stopped. */
  void resume(Step step) {
    if (step != null && isActive() && apply(step)) {
      run.scheduler.post(this::loop);
    }
  }

  /** Computes and applies a step later, only if the fiber is still running then. */
  void resumeWith(java.util.function.Supplier<Step> step) {
    if (isActive()) {
      resume(step.get());
    }
  }

  private boolean apply(Step step) {
    if (!step.failed()) {
      try {
        run.checkPayload(step.output, current.name);
      } catch (StatesError e) {
        step = Step.fail(e.error(), e.cause());
      }
    }
    if (step.failed()) {
      finished = true;
      done.accept(step);
      return false;
    }
    Map<String, JsonNode> assigned = variables.takeAssignedByState();
    if (current.exited != null) {
      run.record(this, current.exited, current.name, step.output, null, null, null, -1, assigned);
    }
    if (step.next == null) {
      finished = true;
      done.accept(step);
      return false;
    }
    current = step.next;
    input = step.output;
    return true;
  }
}
