package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.engine.Json;
import dev.baton.local.functions.StatesError;
import dev.baton.local.mockconfig.MockConfig;
import dev.baton.local.mockconfig.MockConfigException;
import dev.baton.local.mockconfig.MockConfigFile;
import dev.baton.local.mockconfig.MockOutcome;
import dev.baton.local.mockconfig.MockedResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Ready-made {@link TaskMock}s: fixed results, errors, sequences, functions and callbacks. */
public final class Mocks {

  /**
   * The error of a task that has no mock (or runs past its mock config's attempts): no Retry or
   * Catch handles it, so a missing mock cannot hide behind a catch-all.
   */
  public static final String UNMOCKED_ERROR = "Baton.UnmockedTask";

  private Mocks() {}

  /**
   * The mock a stub spec describes, in the format of the shared conformance cases' {@code
   * stubs.json} and of the aws-local-stepfunctions oracle's {@code --stubs} files: {@code
   * {"return": V}} returns V; {@code {"echo": true}} returns the effective input; {@code {"merge":
   * {...}}} returns the input shallow-merged with the object; {@code {"throw": {"error": E, "cause":
   * C}}} fails with E and C; {@code {"sequence": [spec, ...]}} answers the i-th call with the i-th
   * spec (the last repeats).
   *
   * @param spec the stub spec
   * @return the mock
   * @throws IllegalArgumentException when the spec is none of these, naming it
   */
  public static TaskMock fromStub(JsonNode spec) {
    if (spec.has("return")) {
      return returning(spec.get("return"));
    }
    if (spec.path("echo").asBoolean(false)) {
      return echo();
    }
    if (spec.has("merge")) {
      return merging(spec.get("merge"));
    }
    if (spec.has("throw")) {
      JsonNode t = spec.get("throw");
      return failing(t.path("error").asText(), t.path("cause").asText(""));
    }
    if (spec.has("sequence") && spec.get("sequence").size() > 0) {
      List<TaskMock> steps = new java.util.ArrayList<>();
      spec.get("sequence").forEach(step -> steps.add(fromStub(step)));
      return sequence(steps.toArray(TaskMock[]::new));
    }
    throw new IllegalArgumentException("unknown stub spec " + spec + "; use one of {\"return\": V}, "
        + "{\"echo\": true}, {\"merge\": {...}}, {\"throw\": {\"error\": E, \"cause\": C}} or "
        + "{\"sequence\": [spec, ...]}");
  }

  /**
   * The mocks of one test case of a Step Functions Local mock configuration file: each mocked
   * state answers its i-th call (retries and re-entries counted) with the {@code Return} or
   * {@code Throw} of the range that holds i. A call past the last range fails the execution with
   * {@link #UNMOCKED_ERROR}, as Step Functions Local does.
   *
   * @param config the parsed file ({@link MockConfigFile#parse(java.nio.file.Path)})
   * @param stateMachine the key under {@code StateMachines}
   * @param testCase the key under its {@code TestCases}
   * @return the mocks by state name
   * @throws MockConfigException when the file has no such state machine or test case
   */
  public static Map<String, TaskMock> fromMockConfig(MockConfig config, String stateMachine, String testCase) {
    Map<String, TaskMock> mocks = new LinkedHashMap<>();
    config.requireTestCase(stateMachine, testCase).forEach((state, response) ->
        mocks.put(state, invocation -> {
          MockOutcome outcome;
          try {
            outcome = response.forInvocation(invocation.callIndex());
          } catch (MockedResponse.NoMockedResponseException e) {
            throw new StatesError(UNMOCKED_ERROR, "Task state '" + state + "' (test case '" + testCase
                + "'): " + e.getMessage());
          }
          if (outcome instanceof MockOutcome.Returns r) {
            return MockResponse.success(r.value());
          }
          MockOutcome.Throws t = (MockOutcome.Throws) outcome;
          return MockResponse.failure(t.error(), t.cause());
        }));
    return mocks;
  }

  /**
   * Always returns this result.
   *
   * @param result a {@link JsonNode}; JSON text (a {@code String} starting with <code>{</code>,
   *     {@code [} or {@code "}, so {@code "\"done\""} is the JSON string done); any other
   *     string as a JSON string; or any value Jackson can convert (records, maps, numbers, ...)
   * @return the mock
   */
  public static TaskMock returning(Object result) {
    JsonNode node = Json.toNode(result);
    MockResponse.Success response = MockResponse.success(node);
    return invocation -> response;
  }

  /** Always fails with this error and cause. */
  public static TaskMock failing(String error, String cause) {
    MockResponse.Failure response = MockResponse.failure(error, cause);
    return invocation -> response;
  }

  /** Always answers this response (e.g. a result that takes simulated time). */
  public static TaskMock responding(MockResponse response) {
    Objects.requireNonNull(response, "response");
    return invocation -> response;
  }

  /** Returns the task's effective input unchanged. */
  public static TaskMock echo() {
    return invocation -> MockResponse.success(invocation.input());
  }

  /**
   * Returns the task input (an object) shallow-merged with these fields, like the conformance
   * stubs' {@code merge}.
   */
  public static TaskMock merging(Object fields) {
    JsonNode extra = Json.toNode(fields);
    return invocation -> {
      ObjectNode merged = invocation.input().isObject()
          ? ((ObjectNode) invocation.input()).deepCopy()
          : Json.NODES.objectNode();
      merged.setAll((ObjectNode) extra);
      return MockResponse.success(merged);
    };
  }

  /**
   * Answers with the i-th mock on the i-th call of the state in an execution (all entries and
   * retries counted); the last mock repeats. This is how "fails twice, then succeeds" is written.
   */
  public static TaskMock sequence(TaskMock... perCall) {
    List<TaskMock> mocks = List.of(perCall);
    if (mocks.isEmpty()) {
      throw new IllegalArgumentException("a sequence needs at least one mock");
    }
    return invocation -> mocks.get(Math.min(invocation.callIndex(), mocks.size() - 1))
        .respond(invocation);
  }

  /** Computes the result from the effective input; a thrown exception fails the task. */
  public static TaskMock function(Function<JsonNode, ?> fn) {
    Objects.requireNonNull(fn, "fn");
    return invocation -> MockResponse.success(Json.toNode(fn.apply(invocation.input())));
  }

  /** Computes the result from the effective input and the context object. */
  public static TaskMock function(BiFunction<JsonNode, JsonNode, ?> fn) {
    Objects.requireNonNull(fn, "fn");
    return invocation ->
        MockResponse.success(Json.toNode(fn.apply(invocation.input(), invocation.context())));
  }

  /**
   * For {@code .waitForTaskToken} tasks: answers nothing, so the execution waits until the test
   * calls {@link LocalEngine#sendTaskSuccess}, {@link LocalEngine#sendTaskFailure} or {@link
   * LocalEngine#sendTaskHeartbeat} with the token ({@link Execution#taskToken(String)}).
   */
  public static TaskMock awaitCallback() {
    return invocation -> MockResponse.awaitCallback();
  }
}
