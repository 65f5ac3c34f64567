package dev.baton.local;

/**
 * What a mocked Task state does when the engine runs it: a function of the invocation (state name,
 * resource, effective input, context object, attempt) to a {@link MockResponse}.
 *
 * <p>Register mocks with {@link LocalEngine.Builder#mock(String, TaskMock)} (per state name) or
 * {@link LocalEngine.Builder#mockResource(String, TaskMock)} (per resource ARN); {@link Mocks}
 * has ready-made ones. A mock may be called once per attempt, so a stateful mock should count with
 * {@link TaskInvocation#callIndex()} instead of its own fields, which keeps it reusable across
 * executions.
 */
@FunctionalInterface
public interface TaskMock {

  /**
   * Answers one invocation of the task.
   *
   * @param invocation what the task was called with
   * @return the result, error or pending callback; never null
   */
  MockResponse respond(TaskInvocation invocation);
}
