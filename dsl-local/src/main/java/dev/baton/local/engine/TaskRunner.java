package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.local.HistoryEventType;
import dev.baton.local.MockResponse;
import dev.baton.local.TaskInvocation;
import dev.baton.local.TaskMock;
import dev.baton.local.functions.StatesError;
import dev.baton.model.TaskState;
import java.util.List;
import java.util.Optional;

/**
 * A Task state: effective input, the mocked call (with simulated duration, timeouts and
 * heartbeats), callbacks, nested executions, then the result pipeline, Retry and Catch. Internal
 * API.
 */
final class TaskRunner {

  private TaskRunner() {}

  static Step run(Fiber fiber, Frame f) {
    return attempt(fiber, f);
  }

  private static Step attempt(Fiber fiber, Frame f) {
    try {
      return call(fiber, f);
    } catch (StatesError e) {
      return Recovery.handle(fiber, f, e.error(), e.cause(), again -> attempt(fiber, again));
    }
  }

  /** Fails the attempt (recording TaskFailed or TaskTimedOut) and applies Retry/Catch. */
  static Step failed(Fiber fiber, Frame f, String error, String cause, boolean timedOut) {
    TaskState t = (TaskState) f.plan.state;
    f.run.record(fiber, timedOut ? HistoryEventType.TaskTimedOut : HistoryEventType.TaskFailed,
        f.plan.name, null, error, cause, t.resource(), -1);
    return Recovery.handle(fiber, f, error, cause, again -> attempt(fiber, again));
  }

  /** The task returned: record it, then ResultSelector/ResultPath/OutputPath or Output/Assign. */
  static Step succeeded(Fiber fiber, Frame f, JsonNode result) {
    TaskState t = (TaskState) f.plan.state;
    f.run.record(fiber, HistoryEventType.TaskSucceeded, f.plan.name, result, null, null,
        t.resource(), -1);
    try {
      return Step.next(f.plan.next, Pipeline.afterResult(f, result, result));
    } catch (StatesError e) {
      return Recovery.handle(fiber, f, e.error(), e.cause(), again -> attempt(fiber, again));
    }
  }

  private static Step call(Fiber fiber, Frame f) {
    TaskState t = (TaskState) f.plan.state;
    Run run = f.run;
    String resource = t.resource();
    boolean callback = resource.endsWith(".waitForTaskToken");
    if (callback) {
      f.taskToken = run.newTaskToken();
      f.invalidateContext();
    }
    JsonNode effective = f.plan.jsonata ? f.rawInput : Pipeline.inputPath(f);
    JsonNode params = f.plan.jsonata ? Pipeline.arguments(f) : Pipeline.parameters(f, effective);
    run.checkPayload(params, f.plan.name);
    Ctx ctx = new Ctx(f, effective);
    long timeoutMillis = t.timeoutSeconds().map(v -> StateRunner.integer(v, ctx, "TimeoutSeconds"))
        .or(() -> t.timeoutSecondsPath().map(p -> positive(ctx.read(p), f, "TimeoutSecondsPath")))
        .map(s -> s * 1000).orElse(Long.MAX_VALUE);
    long heartbeatMillis = t.heartbeatSeconds().map(v -> StateRunner.integer(v, ctx, "HeartbeatSeconds"))
        .or(() -> t.heartbeatSecondsPath().map(p -> positive(ctx.read(p), f, "HeartbeatSecondsPath")))
        .map(s -> s * 1000).orElse(Long.MAX_VALUE);
    run.record(fiber, HistoryEventType.TaskScheduled, f.plan.name, params, null, null, resource, -1);
    run.record(fiber, HistoryEventType.TaskStarted, f.plan.name, null, null, null, resource, -1);
    TaskMock mock = run.engine.mocksByState.get(f.plan.name);
    if (mock == null) {
      mock = run.engine.mocksByResource.get(resource);
    }
    MockResponse response;
    if (mock == null) {
      if (NestedExecutions.handles(resource)) {
        return NestedExecutions.start(fiber, f, params, resource);
      }
      if (!run.engine.passThroughUnmocked) {
        throw new StatesError(Recovery.UNMOCKED, "The Task state '" + f.plan.name
            + "' has no mock for its resource '" + resource + "'. Mock it by state with"
            + " LocalEngine.builder().mock(\"" + f.plan.name + "\", Mocks.returning(...)), by"
            + " resource with .mockResource(\"" + resource + "\", ...), or let unmocked tasks"
            + " return their input with .unmockedTasks(UnmockedTasks.PASS_THROUGH)"
            + " (baton run: --mock-config FILE --test-case CASE, or --unmocked pass-through)");
      }
      response = MockResponse.success(params);
    } else {
      TaskInvocation invocation = new TaskInvocation(f.plan.name, resource, params, f.context(),
          f.retryCount, run.nextCallIndex(f.plan.name), Optional.ofNullable(f.taskToken));
      try {
        response = mock.respond(invocation);
      } catch (StatesError e) {
        throw e;
      } catch (RuntimeException e) {
        response = MockResponse.failure(e.getClass().getSimpleName(),
            e.getMessage() == null ? e.toString() : e.getMessage());
      }
      if (response == null) {
        throw new StatesError(Recovery.UNMOCKED, "The mock of Task state '" + f.plan.name
            + "' returned null; return MockResponse.success(...), failure(...) or awaitCallback()");
      }
    }
    return respond(fiber, f, response, timeoutMillis, heartbeatMillis, callback);
  }

  private static long positive(JsonNode v, Frame f, String field) {
    if (v == null || !v.isIntegralNumber() || v.longValue() <= 0) {
      throw new StatesError(StatesError.RUNTIME, "The " + field + " of state '" + f.plan.name
          + "' must point to a positive integer, not " + Payloads.preview(v));
    }
    return v.longValue();
  }

  private static Step respond(Fiber fiber, Frame f, MockResponse response, long timeoutMillis,
      long heartbeatMillis, boolean callback) {
    Scheduler scheduler = f.run.scheduler;
    if (response instanceof MockResponse.AwaitCallback) {
      if (!callback) {
        throw new StatesError(Recovery.UNMOCKED, "The mock of Task state '" + f.plan.name
            + "' awaits a callback, but its resource does not end in .waitForTaskToken");
      }
      Callbacks.await(fiber, f, timeoutMillis, heartbeatMillis);
      return null;
    }
    long duration;
    List<java.time.Duration> heartbeats = List.of();
    if (response instanceof MockResponse.Success s) {
      duration = s.duration().toMillis();
      heartbeats = s.heartbeats();
    } else {
      duration = ((MockResponse.Failure) response).duration().toMillis();
    }
    long heartbeatFailure = Long.MAX_VALUE;
    if (heartbeatMillis != Long.MAX_VALUE) {
      long last = 0;
      for (java.time.Duration beat : heartbeats) {
        long at = beat.toMillis();
        if (at > duration) {
          break;
        }
        if (at - last > heartbeatMillis) {
          break;
        }
        last = at;
      }
      if (duration - last > heartbeatMillis) {
        heartbeatFailure = last + heartbeatMillis;
      }
    }
    if (timeoutMillis < duration && timeoutMillis <= heartbeatFailure) {
      scheduler.after(timeoutMillis, () -> fiber.resumeWith(() -> failed(fiber, f, StatesError.TIMEOUT,
          "The task of state '" + f.plan.name + "' ran longer than its TimeoutSeconds", true)));
      return null;
    }
    if (heartbeatFailure < duration) {
      scheduler.after(heartbeatFailure, () -> fiber.resumeWith(() -> failed(fiber, f,
          StatesError.HEARTBEAT_TIMEOUT, "The task of state '" + f.plan.name
              + "' sent no heartbeat within its HeartbeatSeconds", true)));
      return null;
    }
    if (duration <= 0) {
      return finish(fiber, f, response);
    }
    scheduler.after(duration, () -> fiber.resumeWith(() -> finish(fiber, f, response)));
    return null;
  }

  private static Step finish(Fiber fiber, Frame f, MockResponse response) {
    if (response instanceof MockResponse.Success s) {
      return succeeded(fiber, f, s.result());
    }
    MockResponse.Failure failure = (MockResponse.Failure) response;
    return failed(fiber, f, failure.error(), failure.cause(), false);
  }
}
