package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.JsonTrees;
import dev.baton.local.engine.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fluent assertions on an {@link Execution} that fail with an {@link AssertionError} whose message
 * says what was expected, what happened, and the execution's result. No assertion library is
 * needed; JSON is compared as trees with numbers by value ({@code 1} equals {@code 1.0}).
 *
 * <pre>{@code
 * assertExecution(run)
 *     .succeeded()
 *     .hasOutput("{\"status\":\"PAID\"}")
 *     .visitedInOrder("Validate", "Charge", "Notify")
 *     .retried("Charge", 2);
 * }</pre>
 */
public final class ExecutionAssert {

  private final Execution execution;

  private ExecutionAssert(Execution execution) {
    this.execution = execution;
  }

  /** Starts assertions on an execution. */
  public static ExecutionAssert assertExecution(Execution execution) {
    if (execution == null) {
      throw new AssertionError("Expected an execution but got null");
    }
    return new ExecutionAssert(execution);
  }

  private AssertionError fail(String message) {
    return new AssertionError(message + "\n  execution: " + execution);
  }

  /** The execution ended SUCCEEDED. */
  public ExecutionAssert succeeded() {
    return hasStatus(ExecutionStatus.SUCCEEDED);
  }

  /** The execution ended FAILED. */
  public ExecutionAssert failed() {
    return hasStatus(ExecutionStatus.FAILED);
  }

  /** The execution ended TIMED_OUT. */
  public ExecutionAssert timedOut() {
    return hasStatus(ExecutionStatus.TIMED_OUT);
  }

  /** The execution has this status. */
  public ExecutionAssert hasStatus(ExecutionStatus expected) {
    if (execution.status() != expected) {
      throw fail("Expected status " + expected + " but it was " + execution.status()
          + execution.error().map(e -> " with error " + e).orElse("")
          + execution.cause().map(c -> " (" + c + ")").orElse(""));
    }
    return this;
  }

  /** The execution FAILED with this error name. */
  public ExecutionAssert failedWith(String error) {
    failed();
    return hasError(error);
  }

  /** The execution FAILED with this error name and a cause containing the text. */
  public ExecutionAssert failedWith(String error, String causeContains) {
    failedWith(error);
    return hasCauseContaining(causeContains);
  }

  /** The error name is this. */
  public ExecutionAssert hasError(String expected) {
    String actual = execution.error().orElse(null);
    if (!expected.equals(actual)) {
      throw fail("Expected error '" + expected + "' but it was " + (actual == null ? "none" : "'" + actual + "'"));
    }
    return this;
  }

  /** The cause contains this text. */
  public ExecutionAssert hasCauseContaining(String text) {
    String cause = execution.cause().orElse("");
    if (!cause.contains(text)) {
      throw fail("Expected the cause to contain '" + text + "' but it was '" + cause + "'");
    }
    return this;
  }

  /**
   * The output equals the expected JSON ({@link JsonNode}, JSON text, or a value Jackson converts).
   */
  public ExecutionAssert hasOutput(Object expected) {
    JsonNode want = Json.toNode(expected);
    JsonNode actual = execution.output().orElseThrow(() -> fail("Expected output " + Json.write(want)
        + " but the execution has none (" + execution.status() + ")"));
    if (!JsonTrees.equal(want, actual)) {
      throw fail("Expected output " + Json.write(want) + "\n  but it was " + Json.write(actual)
          + "\n  first difference at " + JsonTrees.firstDifference(want, actual, ""));
    }
    return this;
  }

  /** The output has this value at a JSON pointer such as {@code /order/status}. */
  public ExecutionAssert hasOutputAt(String jsonPointer, Object expected) {
    JsonNode want = Json.toNode(expected);
    JsonNode actual = execution.output().map(o -> o.at(jsonPointer)).orElse(null);
    if (actual == null || actual.isMissingNode() || !JsonTrees.equal(want, actual)) {
      throw fail("Expected " + Json.write(want) + " at " + jsonPointer + " of the output but found "
          + (actual == null || actual.isMissingNode() ? "nothing" : Json.write(actual)));
    }
    return this;
  }

  /** Exactly these states were entered, in this order. */
  public ExecutionAssert visitedInOrder(String... states) {
    List<String> actual = execution.statesEntered();
    if (!actual.equals(Arrays.asList(states))) {
      throw fail("Expected the states " + Arrays.asList(states) + " to be entered in this order but they were " + actual);
    }
    return this;
  }

  /** These states were entered in this relative order (others may come between). */
  public ExecutionAssert visited(String... states) {
    List<String> actual = execution.statesEntered();
    int at = 0;
    for (String s : actual) {
      if (at < states.length && states[at].equals(s)) {
        at++;
      }
    }
    if (at < states.length) {
      throw fail("Expected the states " + Arrays.asList(states) + " to be entered in this order; '"
          + states[at] + "' was not entered after " + Arrays.asList(states).subList(0, at)
          + "; entered: " + actual);
    }
    return this;
  }

  /** None of these states was entered. */
  public ExecutionAssert didNotVisit(String... states) {
    List<String> actual = execution.statesEntered();
    List<String> seen = new ArrayList<>();
    for (String s : states) {
      if (actual.contains(s)) {
        seen.add(s);
      }
    }
    if (!seen.isEmpty()) {
      throw fail("Expected the states " + seen + " not to be entered; entered: " + actual);
    }
    return this;
  }

  /** The first entry of the state had this input. */
  public ExecutionAssert stateInput(String state, Object expected) {
    JsonNode want = Json.toNode(expected);
    JsonNode actual = firstVisit(state).input();
    if (!JsonTrees.equal(want, actual)) {
      throw fail("Expected the input of state '" + state + "' to be " + Json.write(want) + " but it was " + Json.write(actual));
    }
    return this;
  }

  /** The first entry of the state had this output. */
  public ExecutionAssert stateOutput(String state, Object expected) {
    JsonNode want = Json.toNode(expected);
    JsonNode actual = firstVisit(state).output().orElseThrow(() ->
        fail("Expected state '" + state + "' to exit with output " + Json.write(want) + " but it did not exit"));
    if (!JsonTrees.equal(want, actual)) {
      throw fail("Expected the output of state '" + state + "' to be " + Json.write(want) + " but it was " + Json.write(actual));
    }
    return this;
  }

  /** The state's task was retried this many times in total (over all its entries). */
  public ExecutionAssert retried(String state, int times) {
    int actual = execution.visitsOf(state).stream().mapToInt(StateVisit::retries).sum();
    if (actual != times) {
      throw fail("Expected state '" + state + "' to be retried " + times + " time(s) but it was retried " + actual);
    }
    return this;
  }

  /** The execution made this many state transitions. */
  public ExecutionAssert hasTransitions(long expected) {
    if (execution.transitions() != expected) {
      throw fail("Expected " + expected + " state transitions but there were " + execution.transitions());
    }
    return this;
  }

  /** The history contains these event types in this relative order. */
  public ExecutionAssert hasHistoryEvents(HistoryEventType... types) {
    int at = 0;
    for (HistoryEvent e : execution.history()) {
      if (at < types.length && e.type() == types[at]) {
        at++;
      }
    }
    if (at < types.length) {
      List<HistoryEventType> actual = execution.history().stream().map(HistoryEvent::type).toList();
      throw fail("Expected the history events " + Arrays.asList(types) + " in this order; missing "
          + types[at] + " after " + Arrays.asList(types).subList(0, at) + "; history: " + actual);
    }
    return this;
  }

  /** The execution took exactly this long in (simulated) time. */
  public ExecutionAssert tookExactly(Duration expected) {
    if (!execution.duration().equals(expected)) {
      throw fail("Expected the execution to take " + expected + " but it took " + execution.duration());
    }
    return this;
  }

  private StateVisit firstVisit(String state) {
    List<StateVisit> visits = execution.visitsOf(state);
    if (visits.isEmpty()) {
      throw fail("Expected state '" + state + "' to be entered but it was not; entered: " + execution.statesEntered());
    }
    return visits.get(0);
  }
}
