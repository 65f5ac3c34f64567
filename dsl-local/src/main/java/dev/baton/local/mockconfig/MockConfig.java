package dev.baton.local.mockconfig;

import dev.baton.diagnostics.DidYouMean;
import dev.baton.json.JsonPointers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checked Step Functions Local mock configuration: per state machine, test cases that map Task
 * state names to {@link MockedResponse}s. Immutable; read one with {@link MockConfigFile}.
 */
public final class MockConfig {

  private final String source;
  private final String text;
  private final Map<String, Map<String, Map<String, String>>> machines;
  private final Map<String, MockedResponse> responses;

  MockConfig(
      String source,
      String text,
      Map<String, Map<String, Map<String, String>>> machines,
      Map<String, MockedResponse> responses) {
    this.source = source;
    this.text = text;
    this.machines = machines;
    this.responses = responses;
  }

  /**
   * Returns the state machine names under {@code StateMachines}, in file order.
   *
   * @return an unmodifiable set
   */
  public Set<String> stateMachines() {
    return Collections.unmodifiableSet(machines.keySet());
  }

  /**
   * Returns the test case names of a state machine, in file order.
   *
   * @param stateMachine the state machine name
   * @return the names, empty when the state machine is not in the file
   */
  public Set<String> testCases(String stateMachine) {
    Map<String, Map<String, String>> cases = machines.get(stateMachine);
    return cases == null ? Set.of() : Collections.unmodifiableSet(cases.keySet());
  }

  /**
   * Returns the mocked responses by name.
   *
   * @return an unmodifiable map in file order
   */
  public Map<String, MockedResponse> mockedResponses() {
    return Collections.unmodifiableMap(responses);
  }

  /**
   * Returns a test case: each mocked Task state's name with its response. States not listed are
   * not mocked by the test case.
   *
   * @param stateMachine the state machine name, a key of {@code StateMachines}
   * @param testCase the test case name, a key of its {@code TestCases}
   * @return the state name to response map, or empty when the file has no such test case
   */
  public Optional<Map<String, MockedResponse>> testCase(String stateMachine, String testCase) {
    Map<String, Map<String, String>> cases = machines.get(stateMachine);
    Map<String, String> states = cases == null ? null : cases.get(testCase);
    if (states == null) {
      return Optional.empty();
    }
    Map<String, MockedResponse> resolved = new LinkedHashMap<>();
    states.forEach((state, response) -> resolved.put(state, responses.get(response)));
    return Optional.of(Collections.unmodifiableMap(resolved));
  }

  /**
   * Returns a test case, or explains which names exist.
   *
   * @param stateMachine the state machine name
   * @param testCase the test case name
   * @return the state name to response map
   * @throws MockConfigException naming the available state machines or test cases, with a "did
   *     you mean" for a near miss
   */
  public Map<String, MockedResponse> requireTestCase(String stateMachine, String testCase) {
    Optional<Map<String, MockedResponse>> found = testCase(stateMachine, testCase);
    if (found.isPresent()) {
      return found.get();
    }
    if (!machines.containsKey(stateMachine)) {
      throw error(
          "/StateMachines",
          "there is no state machine '"
              + stateMachine
              + "' under StateMachines"
              + choices(stateMachine, machines.keySet())
              + "; the state machine is matched by name (baton run --name)");
    }
    throw error(
        JsonPointers.child(JsonPointers.child("/StateMachines", stateMachine), "TestCases"),
        "state machine '"
            + stateMachine
            + "' has no test case '"
            + testCase
            + "'"
            + choices(testCase, machines.get(stateMachine).keySet()));
  }

  /**
   * Checks that every state a test case mocks exists in the workflow, so a misspelt state name is
   * not silently left unmocked.
   *
   * @param stateMachine the state machine name
   * @param testCase the test case name
   * @param stateNames the names of the workflow's states (including those in Parallel branches
   *     and Map processors)
   * @throws MockConfigException naming each unknown state with a "did you mean"
   */
  public void checkStates(String stateMachine, String testCase, Collection<String> stateNames) {
    requireTestCase(stateMachine, testCase);
    String casePointer =
        JsonPointers.child(
            JsonPointers.child(JsonPointers.child("/StateMachines", stateMachine), "TestCases"),
            testCase);
    List<MockConfigException.Problem> problems = new ArrayList<>();
    for (String state : machines.get(stateMachine).get(testCase).keySet()) {
      if (!stateNames.contains(state)) {
        problems.add(
            new MockConfigException.Problem(
                JsonPointers.child(casePointer, state),
                0,
                0,
                "test case '" + testCase + "' mocks state '" + state
                    + "', which the workflow does not have" + choices(state, stateNames)));
      }
    }
    if (!problems.isEmpty()) {
      throw new MockConfigException(source, MockConfigFile.located(text, problems));
    }
  }

  private MockConfigException error(String pointer, String message) {
    return new MockConfigException(
        source, MockConfigFile.located(text, List.of(new MockConfigException.Problem(pointer, 0, 0, message))));
  }

  private static String choices(String wrong, Collection<String> names) {
    if (names.isEmpty()) {
      return " (none are defined)";
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(String::compareTo);
    return DidYouMean.hint(wrong, names) + "; available: " + (sorted.size() > 20 ? sorted.subList(0, 20) + "..." : sorted);
  }
}
