package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.local.HistoryEventType;
import dev.baton.local.functions.StatesError;

/**
 * Task tokens of {@code .waitForTaskToken} tasks that wait for the test (or an endpoint) to send
 * their outcome, bounded by the task's TimeoutSeconds and HeartbeatSeconds. Internal API.
 */
public final class Callbacks {

  private Callbacks() {}

  /** What can be sent for a token. */
  public sealed interface Signal {}

  /** SendTaskSuccess: the task's result. */
  public record Success(JsonNode output) implements Signal {}

  /** SendTaskFailure: the task's error and cause. */
  public record Failure(String error, String cause) implements Signal {}

  /** SendTaskHeartbeat: the task is alive; restarts the HeartbeatSeconds countdown. */
  public record Heartbeat() implements Signal {}

  /** A task waiting for its token. */
  static final class Pending {
    final String token;
    final Run run;
    final String stateName;
    final Fiber fiber;
    final Frame frame;
    final long heartbeatMillis;
    Scheduler.Timer timeout;
    Scheduler.Timer heartbeat;

    Pending(String token, Fiber fiber, Frame frame, long heartbeatMillis) {
      this.token = token;
      this.run = frame.run;
      this.stateName = frame.plan.name;
      this.fiber = fiber;
      this.frame = frame;
      this.heartbeatMillis = heartbeatMillis;
    }

    void cancelTimers() {
      if (timeout != null) {
        timeout.cancel();
      }
      if (heartbeat != null) {
        heartbeat.cancel();
      }
    }

    private boolean settled;

    void settle() {
      if (!settled) {
        settled = true;
        run.scheduler.callbackSettled();
      }
      cancelTimers();
      run.pendingTokens.remove(token);
      run.engine.tokens.remove(token);
    }

    void signal(Signal signal) {
      if (signal instanceof Heartbeat) {
        armHeartbeat();
        return;
      }
      settle();
      if (signal instanceof Success s) {
        fiber.resumeWith(() -> TaskRunner.succeeded(fiber, frame, s.output()));
      } else {
        Failure failure = (Failure) signal;
        fiber.resumeWith(() -> TaskRunner.failed(fiber, frame, failure.error(),
            failure.cause() == null ? "" : failure.cause(), false));
      }
    }

    void armHeartbeat() {
      if (heartbeat != null) {
        heartbeat.cancel();
      }
      if (heartbeatMillis != Long.MAX_VALUE) {
        heartbeat = run.scheduler.guard(heartbeatMillis, () -> {
          settle();
          fiber.resumeWith(() -> TaskRunner.failed(fiber, frame, StatesError.HEARTBEAT_TIMEOUT,
              "No heartbeat was sent for the task token of state '" + stateName
                  + "' within its HeartbeatSeconds", true));
        });
      }
    }
  }

  static void await(Fiber fiber, Frame f, long timeoutMillis, long heartbeatMillis) {
    Pending p = new Pending(f.taskToken, fiber, f, heartbeatMillis);
    f.run.record(fiber, HistoryEventType.TaskSubmitted, f.plan.name, Json.NODES.objectNode(),
        null, null, ((dev.baton.model.TaskState) f.plan.state).resource(), -1);
    f.run.scheduler.callbackAwaited();
    f.run.pendingTokens.put(p.token, p);
    f.run.engine.tokens.put(p.token, p);
    if (timeoutMillis != Long.MAX_VALUE) {
      p.timeout = f.run.scheduler.guard(timeoutMillis, () -> {
        p.settle();
        fiber.resumeWith(() -> TaskRunner.failed(fiber, f, StatesError.TIMEOUT,
            "The task token of state '" + p.stateName + "' got no answer within its TimeoutSeconds",
            true));
      });
    }
    p.armHeartbeat();
  }
}
