package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.engine.Json;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Ready-made {@link TaskMock}s: fixed results, errors, sequences, functions and callbacks. */
public final class Mocks {

  private Mocks() {}

  /**
   * Always returns this result.
   *
   * @param result a {@link JsonNode}, a JSON text ({@code String} starting with {@code {} or
   *     {@code [}), or any value Jackson can convert (records, maps, numbers, ...)
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
