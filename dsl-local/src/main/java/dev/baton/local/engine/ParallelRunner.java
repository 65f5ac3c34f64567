package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.baton.local.HistoryEventType;
import dev.baton.local.functions.StatesError;
import java.util.ArrayList;
import java.util.List;

/**
 * A Parallel state: every branch gets the same input and its own variable scope (reading the
 * outer variables, assigning only its own), branches run concurrently on the scheduler, results
 * come back in branch order; the first branch to fail stops the others and its error becomes the
 * state's error (then Retry/Catch). Internal API.
 *
 * <p>The branch's own error name and cause leave the Parallel state unchanged; {@code
 * States.BranchFailed} is never raised. AWS documents that a failing branch fails the whole state
 * ("If any branch fails, because of an unhandled error or by transitioning to a Fail state, the
 * entire Parallel state is considered to have failed and all its branches are stopped":
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html), and catchers on the
 * Parallel state match the branch's error by name (AWS's own sample catches UserException raised
 * in a branch outside the Parallel state; aws-local-stepfunctions does the same). The spec lists
 * States.BranchFailed among the predefined names without saying when it is raised.
 */
final class ParallelRunner {

  private ParallelRunner() {}

  static Step run(Fiber fiber, Frame f) {
    try {
      JsonNode effective = f.plan.jsonata ? f.rawInput : Pipeline.inputPath(f);
      JsonNode branchInput = f.plan.jsonata ? Pipeline.arguments(f) : Pipeline.parameters(f, effective);
      return new Branches(fiber, f, branchInput).start();
    } catch (StatesError e) {
      return Recovery.handle(fiber, f, e.error(), e.cause(), again -> run(fiber, again));
    }
  }

  private static final class Branches {
    final Fiber fiber;
    final Frame f;
    final JsonNode input;
    final JsonNode[] results;
    final List<Fiber> children = new ArrayList<>();
    int remaining;
    boolean over;

    Branches(Fiber fiber, Frame f, JsonNode input) {
      this.fiber = fiber;
      this.f = f;
      this.input = input;
      this.results = new JsonNode[f.plan.branches.size()];
      this.remaining = results.length;
    }

    Step start() {
      f.run.record(fiber, HistoryEventType.ParallelStateStarted, f.plan.name, null, null, null, null, -1);
      if (remaining == 0) {
        return complete();
      }
      for (int i = 0; i < results.length; i++) {
        int index = i;
        Fiber child = new Fiber(f.run, fiber, new VariableScope(fiber.variables),
            f.plan.branches.get(i).start, input, fiber.quiet, step -> done(index, step));
        child.lastEventId = fiber.lastEventId;
        children.add(child);
      }
      children.forEach(Fiber::start);
      return null;
    }

    private void done(int index, Step step) {
      if (over) {
        return;
      }
      if (step.failed()) {
        over = true;
        children.forEach(Fiber::cancel);
        f.run.dropStoppedCallbacks();
        fiber.resumeWith(() -> {
          Step outcome = Recovery.handle(fiber, f, step.error, step.cause, again -> run(fiber, again));
          // ParallelStateFailed once the state has failed for good: not before a retry, and
          // before the catcher's state (as LocalStack records it, matching AWS's histories).
          if (outcome != null) {
            f.run.record(fiber, HistoryEventType.ParallelStateFailed, f.plan.name, null, step.error,
                step.cause, null, -1);
          }
          return outcome;
        });
        return;
      }
      results[index] = step.output;
      if (--remaining == 0) {
        over = true;
        fiber.resumeWith(this::complete);
      }
    }

    private Step complete() {
      f.run.record(fiber, HistoryEventType.ParallelStateSucceeded, f.plan.name, null, null, null, null, -1);
      ArrayNode array = Json.NODES.arrayNode(results.length);
      for (JsonNode r : results) {
        array.add(r);
      }
      try {
        return Step.next(f.plan.next, Pipeline.afterResult(f, array, array));
      } catch (StatesError e) {
        return Recovery.handle(fiber, f, e.error(), e.cause(), again -> run(fiber, again));
      }
    }
  }
}
