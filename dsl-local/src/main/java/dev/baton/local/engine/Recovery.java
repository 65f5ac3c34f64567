package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.dsl.Errors;
import dev.baton.local.functions.StatesError;
import dev.baton.model.JitterStrategy;
import dev.baton.model.Retrier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Retry, then Catch, for a Task, Parallel or Map state that failed: the first retrier whose
 * ErrorEquals matches decides (with its own attempt counter); when it has no attempts left the
 * catchers are tried in order; otherwise the error leaves the state. Internal API.
 */
final class Recovery {

  /** The error of a task that has no mock; terminal so that no catcher hides the mistake. */
  static final String UNMOCKED = dev.baton.local.Mocks.UNMOCKED_ERROR;

  /** The error of an execution stopped by the engine's transition cap (endless loops in tests). */
  static final String TRANSITION_LIMIT = "Baton.TransitionLimit";

  private Recovery() {}

  /**
   * Handles an error of the state in {@code f}.
   *
   * @param again runs the state again for a retry (returns its step or null when it waits)
   * @return the catcher's step, a failure, or null when a retry was scheduled
   */
  static Step handle(Fiber fiber, Frame f, String error, String cause, Function<Frame, Step> again) {
    if (isTerminal(error)) {
      return Step.fail(error, cause);
    }
    List<Retrier> retriers = f.plan.state.retry();
    for (int i = 0; i < retriers.size(); i++) {
      Retrier r = retriers.get(i);
      if (!matches(r.errorEquals(), error)) {
        continue;
      }
      if (f.retrierCounts == null) {
        f.retrierCounts = new int[retriers.size()];
      }
      int done = f.retrierCounts[i];
      if (done < r.maxAttempts().orElse(3)) {
        long delay = delayMillis(r, done, f.run);
        f.retrierCounts[i]++;
        f.retryCount++;
        f.invalidateContext();
        f.run.countRetry();
        f.run.scheduler.after(delay, () -> {
          if (fiber.isActive()) {
            fiber.resume(again.apply(f));
          }
        });
        return null;
      }
      break;
    }
    for (StatePlan.CatchPlan c : f.plan.catchers) {
      if (matches(c.catcher().errorEquals(), error)) {
        try {
          return Step.next(c.next(), caught(f, c, error, cause));
        } catch (StatesError e) {
          return Step.fail(e.error(), e.cause());
        }
      }
    }
    return Step.fail(error, cause);
  }

  private static JsonNode caught(Frame f, StatePlan.CatchPlan c, String error, String cause) {
    ObjectNode errorOutput = Json.NODES.objectNode();
    errorOutput.put("Error", error);
    errorOutput.put("Cause", cause);
    if (f.plan.jsonata) {
      Ctx ctx = new Ctx(f, f.rawInput);
      ctx.errorOutput = errorOutput;
      Map<String, JsonNode> assigned = Pipeline.assign(c.assign(), ctx);
      JsonNode out = c.output() == null ? errorOutput
          : Pipeline.jsonataValue(c.output(), ctx, "Output", f);
      f.variables.assignAll(assigned);
      return out;
    }
    Map<String, JsonNode> assigned = Pipeline.assign(c.assign(), new Ctx(f, errorOutput));
    JsonNode out = Pipeline.resultPath(f, c.catcher().resultPath(), errorOutput);
    f.variables.assignAll(assigned);
    return out;
  }

  /** Errors that neither Retry nor Catch handle. */
  static boolean isTerminal(String error) {
    return StatesError.RUNTIME.equals(error) || UNMOCKED.equals(error);
  }

  /**
   * Whether an ErrorEquals list matches: by name; {@code States.ALL} matches everything but
   * {@code States.DataLimitExceeded} (which must be named); {@code States.Timeout} also matches a
   * {@code States.HeartbeatTimeout}; {@code States.TaskFailed} matches everything but the two
   * timeouts and {@code States.DataLimitExceeded}.
   *
   * <p>AWS's error names ("States.ALL ... can't catch the States.DataLimitExceeded terminal error",
   * "States.TaskFailed ... matches any known error name except for States.Timeout"):
   * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html. A heartbeat
   * timeout was reported as States.Timeout before States.HeartbeatTimeout existed, and a retrier or
   * catcher on States.Timeout still handles it (aws/aws-cdk#16084: "Step Functions only supports a
   * Catch on States.Timeout that includes both Task timeout and Task Heartbeat timeout").
   */
  static boolean matches(List<String> errorEquals, String error) {
    for (String e : errorEquals) {
      if (e.equals(error)) {
        return true;
      }
      if (Errors.ALL.equals(e) && !StatesError.DATA_LIMIT_EXCEEDED.equals(error)) {
        return true;
      }
      if (StatesError.TIMEOUT.equals(e) && StatesError.HEARTBEAT_TIMEOUT.equals(error)) {
        return true;
      }
      if (StatesError.TASK_FAILED.equals(e) && !StatesError.TIMEOUT.equals(error)
          && !StatesError.HEARTBEAT_TIMEOUT.equals(error)
          && !StatesError.DATA_LIMIT_EXCEEDED.equals(error)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wait before retry number {@code done + 1}: IntervalSeconds × BackoffRate^done, capped by
   * MaxDelaySeconds, then (JitterStrategy FULL) a uniformly random part of it.
   */
  static long delayMillis(Retrier r, int done, Run run) {
    double interval = r.intervalSeconds().orElse(1);
    double rate = r.backoffRate().map(BigDecimal::doubleValue).orElse(2.0);
    double seconds = interval * Math.pow(rate, done);
    if (r.maxDelaySeconds().isPresent()) {
      seconds = Math.min(seconds, r.maxDelaySeconds().get());
    }
    if (r.jitterStrategy().orElse(JitterStrategy.NONE) == JitterStrategy.FULL) {
      seconds = run.random().nextDouble() * seconds;
    }
    return Math.round(seconds * 1000);
  }
}
