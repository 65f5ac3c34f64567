package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import dev.baton.local.functions.StatesError;
import dev.baton.model.FailState;
import dev.baton.model.PassState;
import dev.baton.model.Template;
import dev.baton.model.Value;
import dev.baton.model.WaitState;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs one state: records its entry, then Pass, Choice, Wait, Succeed and Fail here, Task,
 * Parallel and Map in their own runners. Internal API.
 */
final class StateRunner {

  private StateRunner() {}

  /** Runs the state; returns its step, or null when it will {@link Fiber#resume} later. */
  static Step execute(Fiber fiber, StatePlan plan, JsonNode input) {
    Run run = fiber.run;
    long before = run.lastEventId();
    run.record(fiber, plan.entered, plan.name, input, null, null, null, -1);
    Frame f = new Frame(run, plan, fiber.variables, input, run.scheduler.now());
    if (run.lastEventId() > before) {
      f.enteredEventId = run.lastEventId();
    }
    switch (plan.type) {
      case PASS:
        return pass(f);
      case CHOICE:
        return Choices.choose(f);
      case WAIT:
        return waitState(fiber, f);
      case SUCCEED:
        return Step.end(Pipeline.passInput(f, plan.jsonata ? input : Pipeline.inputPath(f)));
      case FAIL:
        return fail(f);
      case TASK:
        return TaskRunner.run(fiber, f);
      case PARALLEL:
        return ParallelRunner.run(fiber, f);
      case MAP:
        return MapRunner.run(fiber, f);
      default:
        throw new IllegalStateException("unknown state type " + plan.type);
    }
  }

  private static Step pass(Frame f) {
    PassState state = (PassState) f.plan.state;
    if (f.plan.jsonata) {
      return Step.next(f.plan.next, Pipeline.afterResult(f, f.rawInput, f.rawInput));
    }
    JsonNode effective = Pipeline.inputPath(f);
    JsonNode result;
    Optional<JsonNode> fixed = state.result();
    if (fixed.isPresent()) {
      result = fixed.get();
    } else {
      result = Pipeline.parameters(f, effective);
    }
    return Step.next(f.plan.next, Pipeline.afterResult(f, result, result));
  }

  private static Step waitState(Fiber fiber, Frame f) {
    WaitState state = (WaitState) f.plan.state;
    JsonNode effective = f.plan.jsonata ? f.rawInput : Pipeline.inputPath(f);
    Ctx ctx = new Ctx(f, effective);
    long now = f.run.scheduler.now();
    long due = now;
    if (state.seconds().isPresent()) {
      due = now + 1000L * nonNegativeSeconds(integer(state.seconds().get(), ctx, "Seconds"), f, "Seconds");
    } else if (state.secondsPath().isPresent()) {
      JsonNode v = required(ctx, state.secondsPath().get(), f, "SecondsPath");
      if (!v.isIntegralNumber()) {
        throw new StatesError(StatesError.RUNTIME, "The SecondsPath of state '" + f.plan.name
            + "' must point to a non-negative integer, not " + Payloads.preview(v));
      }
      due = now + 1000L * nonNegativeSeconds(v.longValue(), f, "SecondsPath");
    } else if (state.timestamp().isPresent()) {
      due = timestamp(text(state.timestamp().get(), ctx, "Timestamp"), f, "Timestamp");
    } else if (state.timestampPath().isPresent()) {
      JsonNode v = required(ctx, state.timestampPath().get(), f, "TimestampPath");
      due = timestamp(v.isTextual() ? v.textValue() : v.toString(), f, "TimestampPath");
    }
    JsonNode out = Pipeline.passInput(f, effective);
    Step step = Step.next(f.plan.next, out);
    if (due <= now) {
      return step;
    }
    f.run.scheduler.at(due, () -> fiber.resume(step));
    return null;
  }

  private static long nonNegativeSeconds(long seconds, Frame f, String field) {
    if (seconds < 0) {
      throw new StatesError(StatesError.RUNTIME, "The " + field + " of state '" + f.plan.name
          + "' must not be negative, got " + seconds);
    }
    return seconds;
  }

  private static long timestamp(String text, Frame f, String field) {
    Instant t = Times.parse(text);
    if (t == null) {
      throw new StatesError(StatesError.RUNTIME, "The " + field + " of state '" + f.plan.name
          + "' is not an ISO-8601 timestamp like 2024-01-01T00:00:00Z: '" + text + "'");
    }
    return t.toEpochMilli();
  }

  private static JsonNode required(Ctx ctx, ReferencePath path, Frame f, String field) {
    JsonNode v = ctx.read(path);
    if (v == null) {
      throw new StatesError(StatesError.RUNTIME, "Invalid path '" + path.text() + "' in the "
          + field + " of state '" + f.plan.name + "': it could not be found in the input");
    }
    return v;
  }

  private static Step fail(Frame f) {
    FailState state = (FailState) f.plan.state;
    Ctx ctx = new Ctx(f, f.rawInput);
    String error = state.error().map(v -> text(v, ctx, "Error"))
        .orElseGet(() -> state.errorPath().map(d -> dynamicText(d, ctx, f, "ErrorPath")).orElse(""));
    String cause = state.cause().map(v -> text(v, ctx, "Cause"))
        .orElseGet(() -> state.causePath().map(d -> dynamicText(d, ctx, f, "CausePath")).orElse(""));
    return Step.fail(error, cause);
  }

  private static String dynamicText(Template.Dynamic d, Ctx ctx, Frame f, String field) {
    JsonNode v;
    if (d.expression() instanceof Path p) {
      v = ctx.read(p);
      if (v == null) {
        throw new StatesError(StatesError.RUNTIME, "Invalid path '" + p.text() + "' in the "
            + field + " of state '" + f.plan.name + "': it could not be found in the input");
      }
    } else {
      v = ctx.intrinsic((Intrinsic) d.expression());
    }
    return v.isTextual() ? v.textValue() : Json.write(v);
  }

  /** A {@link Value} holding an integer literal or a JSONata expression that gives one. */
  static long integer(Value<Integer> value, Ctx ctx, String field) {
    if (value instanceof Value.Literal<Integer> l) {
      return l.value();
    }
    JsonNode v = ctx.jsonata(((Value.Expression<Integer>) value).jsonata(), true);
    if (v == null || !v.isNumber() || v.decimalValue().stripTrailingZeros().scale() > 0) {
      throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The JSONata expression of "
          + field + " in state '" + ctx.frame.plan.name + "' must give an integer, not "
          + Payloads.preview(v));
    }
    return v.longValue();
  }

  /** A {@link Value} holding a string literal or a JSONata expression that gives one. */
  static String text(Value<String> value, Ctx ctx, String field) {
    if (value instanceof Value.Literal<String> l) {
      return l.value();
    }
    JsonNode v = ctx.jsonata(((Value.Expression<String>) value).jsonata(), true);
    if (v == null || !v.isTextual()) {
      throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The JSONata expression of "
          + field + " in state '" + ctx.frame.plan.name + "' must give a string, not "
          + Payloads.preview(v));
    }
    return v.textValue();
  }
}
