package dev.baton.validate;

import dev.baton.model.FailState;
import dev.baton.model.ParallelState;
import dev.baton.model.State;
import dev.baton.model.StateType;
import dev.baton.model.TaskState;
import dev.baton.model.Value;
import dev.baton.model.WaitState;
import java.util.Optional;

/** Transitions, and the rules of Task, Wait, Fail and Parallel states. */
final class StateChecks {
  /** The largest TimeoutSeconds AWS accepts, and the default. */
  static final int MAX_TIMEOUT = 99_999_999;

  private StateChecks() {}

  static void check(Definition d, Findings f) {
    for (State state : d.allStates()) {
      checkTransition(state, d, f);
      if (state instanceof TaskState task) {
        checkTask(task, d, f);
      } else if (state instanceof WaitState wait) {
        checkWait(wait, d, f);
      } else if (state instanceof FailState fail) {
        checkFail(fail, d, f);
      } else if (state instanceof ParallelState parallel && parallel.branches().isEmpty()) {
        f.report(Rule.PARALLEL_BRANCHES_NONEMPTY, d.pointerOf(state) + "/Branches",
            "Parallel state '" + state.name() + "' has no branches; add at least one");
      }
    }
  }

  private static void checkTransition(State state, Definition d, Findings f) {
    StateType type = state.type();
    if (type == StateType.CHOICE || type == StateType.SUCCEED || type == StateType.FAIL) {
      return;
    }
    boolean end = state.end().orElse(false);
    boolean next = state.next().isPresent();
    if (end && next) {
      f.report(Rule.STATE_END_XOR_NEXT, d.pointerOf(state), "state '" + state.name() + "' has both Next and \"End\": true;"
          + " keep Next to go on, or End to stop here");
    } else if (!end && !next) {
      String endFalse = state.end().isPresent() ? " (\"End\": false does not count)" : "";
      f.report(Rule.STATE_END_XOR_NEXT, d.pointerOf(state), "state '" + state.name() + "' has neither Next nor \"End\": true"
          + endFalse + "; say where it goes, or end its scope");
    }
  }

  private static void checkTask(TaskState task, Definition d, Findings f) {
    String name = task.name();
    Optional<Integer> timeout = literal(task.timeoutSeconds());
    Optional<Integer> heartbeat = literal(task.heartbeatSeconds());
    timeout.filter(t -> t < 1 || t > MAX_TIMEOUT).ifPresent(t -> f.report(Rule.TASK_TIMEOUT_POSITIVE,
        d.pointerOf(task) + "/TimeoutSeconds", "TimeoutSeconds of state '" + name + "' is " + t
            + "; it must be between 1 and " + MAX_TIMEOUT));
    heartbeat.filter(h -> h < 1 || h > MAX_TIMEOUT).ifPresent(h -> f.report(Rule.TASK_TIMEOUT_POSITIVE,
        d.pointerOf(task) + "/HeartbeatSeconds", "HeartbeatSeconds of state '" + name + "' is " + h
            + "; it must be between 1 and " + MAX_TIMEOUT));
    if (task.timeoutSeconds().isPresent() && task.timeoutSecondsPath().isPresent()) {
      f.report(Rule.TASK_TIMEOUT_EXCLUSIVE, d.pointerOf(task) + "/TimeoutSecondsPath", "state '" + name
          + "' has both TimeoutSeconds and TimeoutSecondsPath; keep one");
    }
    if (task.heartbeatSeconds().isPresent() && task.heartbeatSecondsPath().isPresent()) {
      f.report(Rule.TASK_TIMEOUT_EXCLUSIVE, d.pointerOf(task) + "/HeartbeatSecondsPath", "state '" + name
          + "' has both HeartbeatSeconds and HeartbeatSecondsPath; keep one");
    }
    if (heartbeat.isPresent() && heartbeat.get() >= 1) {
      int limit = timeout.orElse(task.timeoutSeconds().isPresent() || task.timeoutSecondsPath().isPresent()
          ? Integer.MAX_VALUE : MAX_TIMEOUT);
      if (heartbeat.get() >= limit) {
        f.report(Rule.TASK_HEARTBEAT_LT_TIMEOUT, d.pointerOf(task) + "/HeartbeatSeconds", "HeartbeatSeconds of state '" + name
            + "' (" + heartbeat.get() + ") must be smaller than TimeoutSeconds (" + limit
            + (timeout.isEmpty() ? ", the default" : "") + ")");
      }
    }
    ResourceChecks.checkTaskResource(task, d, f);
  }

  private static void checkWait(WaitState wait, Definition d, Findings f) {
    int durations = (wait.seconds().isPresent() ? 1 : 0) + (wait.secondsPath().isPresent() ? 1 : 0)
        + (wait.timestamp().isPresent() ? 1 : 0) + (wait.timestampPath().isPresent() ? 1 : 0);
    if (durations != 1) {
      f.report(Rule.WAIT_EXACTLY_ONE, d.pointerOf(wait), "Wait state '" + wait.name() + "' has " + durations
          + " of Seconds, SecondsPath, Timestamp and TimestampPath; it needs exactly one");
    }
    literal(wait.seconds()).filter(s -> s < 0).ifPresent(s -> f.report(Rule.WAIT_SECONDS_NONNEG,
        d.pointerOf(wait) + "/Seconds", "Seconds of Wait state '" + wait.name() + "' is " + s + "; it must be 0 or more"));
    wait.timestamp().flatMap(Value::literal).ifPresent(t -> {
      if (!Timestamps.isValid(t)) {
        f.report(Rule.WAIT_TIMESTAMP_FORMAT, d.pointerOf(wait) + "/Timestamp", "Timestamp of Wait state '" + wait.name()
            + "' is \"" + t + "\", not an RFC 3339 timestamp; write it like 2026-01-31T23:59:00Z");
      }
    });
  }

  private static void checkFail(FailState fail, Definition d, Findings f) {
    if (fail.error().isPresent() && fail.errorPath().isPresent()) {
      f.report(Rule.FAIL_ERROR_EXCLUSIVE, d.pointerOf(fail) + "/ErrorPath", "Fail state '" + fail.name()
          + "' has both Error and ErrorPath; keep one");
    }
    if (fail.cause().isPresent() && fail.causePath().isPresent()) {
      f.report(Rule.FAIL_CAUSE_EXCLUSIVE, d.pointerOf(fail) + "/CausePath", "Fail state '" + fail.name()
          + "' has both Cause and CausePath; keep one");
    }
  }

  static <T> Optional<T> literal(Optional<Value<T>> value) {
    return value.flatMap(Value::literal);
  }
}
