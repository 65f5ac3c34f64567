package dev.baton.local.mockconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.diagnostics.DidYouMean;
import dev.baton.json.JsonLocator;
import dev.baton.json.JsonPointers;
import dev.baton.json.JsonTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an AWS Step Functions Local mock configuration file ({@code MockConfigFile.json}):
 * {@code StateMachines.<machine>.TestCases.<case>.<state>} names a mocked response, and {@code
 * MockedResponses.<name>.<"n" or "n-m">} is {@code {"Return": value}} or {@code {"Throw":
 * {"Error": .., "Cause": ..}}}.
 *
 * <p>The whole file is checked before anything is returned, and every mistake is reported at
 * once in a {@link MockConfigException} with its line, column and JSON pointer: JSON syntax and
 * duplicate keys, unknown or misspelt fields, a test case naming a response that does not exist,
 * attempt keys that are not {@code "n"} or {@code "n-m"} with {@code n <= m}, ranges that overlap,
 * leave a gap or do not start at {@code "0"} (AWS requires a response for every invocation), an
 * attempt with both or neither of {@code Return} and {@code Throw}, and a {@code Throw} without
 * string {@code Error} and {@code Cause}.
 */
public final class MockConfigFile {

  private static final Pattern ATTEMPT = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");
  private static final List<String> TOP_LEVEL = List.of("StateMachines", "MockedResponses");

  private final String source;
  private final List<MockConfigException.Problem> problems = new ArrayList<>();

  private MockConfigFile(String source) {
    this.source = source;
  }

  /**
   * Reads and checks a mock configuration file.
   *
   * @param file the file, e.g. {@code MockConfigFile.json}; required
   * @return the configuration
   * @throws MockConfigException if the file cannot be read or has mistakes
   */
  public static MockConfig parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MockConfigException(
          file.toString(),
          List.of(
              new MockConfigException.Problem(
                  "", 0, 0, "cannot read the file (" + e.getMessage() + "); check the path")));
    }
    return parse(text, file.toString());
  }

  /**
   * Reads and checks a mock configuration from text.
   *
   * @param json the file's content; required
   * @param sourceName the name used in messages, e.g. the file path; required
   * @return the configuration
   * @throws MockConfigException if the text has mistakes
   */
  public static MockConfig parse(String json, String sourceName) {
    return new MockConfigFile(sourceName).read(json);
  }

  private MockConfig read(String text) {
    JsonTreeReader.Result result = JsonTreeReader.read(text);
    List<MockConfigException.Problem> syntax = new ArrayList<>();
    for (Diagnostic d : result.problems()) {
      if (d.isError()) {
        syntax.add(new MockConfigException.Problem(d.pointer(), d.line(), d.column(), d.message()));
      }
    }
    if (!syntax.isEmpty() || result.root() == null) {
      if (syntax.isEmpty()) {
        syntax.add(new MockConfigException.Problem("", 0, 0, "the file is not JSON"));
      }
      throw new MockConfigException(source, syntax);
    }
    JsonNode root = result.root();
    Map<String, MockedResponse> responses = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, String>>> machines = new LinkedHashMap<>();
    if (!root.isObject()) {
      problem("", "the file must be a JSON object with StateMachines and MockedResponses");
    } else {
      checkFields(root, "", TOP_LEVEL);
      JsonNode responsesNode = root.get("MockedResponses");
      if (object(responsesNode, "/MockedResponses", "MockedResponses", true)) {
        responsesNode.properties().forEach(e -> readResponse(e.getKey(), e.getValue(), responses));
      }
      JsonNode machinesNode = root.get("StateMachines");
      if (object(machinesNode, "/StateMachines", "StateMachines", true)) {
        for (var machine : machinesNode.properties()) {
          readMachine(machine.getKey(), machine.getValue(), responsesNode, machines);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new MockConfigException(source, located(text, problems));
    }
    return new MockConfig(source, text, machines, responses);
  }

  private void readMachine(
      String name,
      JsonNode node,
      JsonNode responsesNode,
      Map<String, Map<String, Map<String, String>>> machines) {
    String pointer = JsonPointers.child("/StateMachines", name);
    if (!object(node, pointer, "state machine '" + name + "'", false)) {
      return;
    }
    checkFields(node, pointer, List.of("TestCases"));
    String casesPointer = JsonPointers.child(pointer, "TestCases");
    JsonNode cases = node.get("TestCases");
    if (!object(cases, casesPointer, "TestCases of '" + name + "'", true)) {
      return;
    }
    Set<String> responseNames = new HashSet<>();
    if (responsesNode != null && responsesNode.isObject()) {
      responsesNode.fieldNames().forEachRemaining(responseNames::add);
    }
    Map<String, Map<String, String>> testCases = new LinkedHashMap<>();
    for (var testCase : cases.properties()) {
      String casePointer = JsonPointers.child(casesPointer, testCase.getKey());
      if (!object(testCase.getValue(), casePointer, "test case '" + testCase.getKey() + "'", false)) {
        continue;
      }
      Map<String, String> states = new LinkedHashMap<>();
      for (var state : testCase.getValue().properties()) {
        String statePointer = JsonPointers.child(casePointer, state.getKey());
        JsonNode response = state.getValue();
        if (!response.isTextual()) {
          problem(
              statePointer,
              "state '" + state.getKey() + "' must name a mocked response as a string, e.g. \""
                  + state.getKey() + "\": \"MyResponse\"");
        } else if (!responseNames.contains(response.textValue())) {
          problem(
              statePointer,
              "test case '"
                  + testCase.getKey()
                  + "' mocks state '"
                  + state.getKey()
                  + "' with '"
                  + response.textValue()
                  + "', which is not defined in MockedResponses"
                  + hint(response.textValue(), responseNames));
        } else {
          states.put(state.getKey(), response.textValue());
        }
      }
      testCases.put(testCase.getKey(), states);
    }
    machines.put(name, testCases);
  }

  private void readResponse(String name, JsonNode node, Map<String, MockedResponse> responses) {
    String pointer = JsonPointers.child("/MockedResponses", name);
    if (!object(node, pointer, "mocked response '" + name + "'", false)) {
      return;
    }
    if (node.isEmpty()) {
      problem(pointer, "mocked response '" + name + "' is empty; add e.g. \"0\": {\"Return\": {}}");
      return;
    }
    List<MockedResponse.Attempts> attempts = new ArrayList<>();
    Map<MockedResponse.Attempts, String> keys = new LinkedHashMap<>();
    boolean valid = true;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      String attemptPointer = JsonPointers.child(pointer, key);
      Matcher m = ATTEMPT.matcher(key);
      if (!m.matches()) {
        problem(
            attemptPointer,
            "'" + key + "' is not an invocation number; write \"0\", \"1\", ... or an inclusive"
                + " range such as \"1-2\"");
        valid = false;
        continue;
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      if (last < first) {
        problem(
            attemptPointer,
            "the range \"" + key + "\" ends before it starts; write \"" + last + "-" + first + "\"");
        valid = false;
        continue;
      }
      MockOutcome outcome = outcome(entry.getValue(), attemptPointer);
      if (outcome == null) {
        valid = false;
        continue;
      }
      MockedResponse.Attempts attempts1 = new MockedResponse.Attempts(first, last, outcome);
      attempts.add(attempts1);
      keys.put(attempts1, key);
    }
    attempts.sort((a, b) -> Integer.compare(a.first(), b.first()));
    int expected = 0;
    for (MockedResponse.Attempts a : attempts) {
      String attemptPointer = JsonPointers.child(pointer, keys.get(a));
      if (a.first() < expected) {
        problem(
            attemptPointer,
            "\"" + keys.get(a) + "\" overlaps an earlier entry, which already covers invocation "
                + a.first() + "; each invocation must have exactly one response");
        valid = false;
      } else if (a.first() > expected) {
        problem(
            attemptPointer,
            "no response covers invocation"
                + (a.first() - expected == 1 ? " " + expected : "s " + expected + "-" + (a.first() - 1))
                + " before \""
                + keys.get(a)
                + "\"; AWS needs a response for every invocation, starting at \"0\"");
        valid = false;
      }
      expected = Math.max(expected, a.last() + 1);
    }
    if (valid) {
      responses.put(name, new MockedResponse(name, attempts));
    }
  }

  private MockOutcome outcome(JsonNode node, String pointer) {
    if (!object(node, pointer, "an invocation entry", false)) {
      return null;
    }
    checkFields(node, pointer, List.of("Return", "Throw"));
    boolean returns = node.has("Return");
    boolean throwsError = node.has("Throw");
    if (returns && throwsError) {
      problem(pointer, "an invocation entry has both Return and Throw; keep only one");
      return null;
    }
    if (!returns && !throwsError) {
      problem(pointer, "an invocation entry needs \"Return\": result or \"Throw\": {\"Error\": .., \"Cause\": ..}");
      return null;
    }
    if (returns) {
      return new MockOutcome.Returns(node.get("Return"));
    }
    String throwPointer = JsonPointers.child(pointer, "Throw");
    JsonNode t = node.get("Throw");
    if (!object(t, throwPointer, "Throw", false)) {
      return null;
    }
    checkFields(t, throwPointer, List.of("Error", "Cause"));
    JsonNode error = t.get("Error");
    JsonNode cause = t.get("Cause");
    boolean ok = true;
    if (error == null || !error.isTextual()) {
      problem(throwPointer, "Throw needs a string \"Error\", the error name Retry and Catch match");
      ok = false;
    }
    if (cause == null || !cause.isTextual()) {
      problem(throwPointer, "Throw needs a string \"Cause\" describing the error");
      ok = false;
    }
    return ok ? new MockOutcome.Throws(error.textValue(), cause.textValue()) : null;
  }

  private boolean object(JsonNode node, String pointer, String what, boolean required) {
    if (node == null) {
      if (required) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        problem(
            pointer.substring(0, pointer.lastIndexOf('/')),
            what + " is missing; add \"" + field + "\": { ... }");
      }
      return false;
    }
    if (!node.isObject()) {
      problem(pointer, what + " must be a JSON object, not " + node.getNodeType().name().toLowerCase());
      return false;
    }
    return true;
  }

  private void checkFields(JsonNode node, String pointer, List<String> allowed) {
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (!allowed.contains(field)) {
                problem(
                    JsonPointers.child(pointer, field),
                    "unknown field '" + field + "'" + hint(field, allowed)
                        + (DidYouMean.closest(field, allowed).isPresent() ? "" : "; allowed: " + allowed));
              }
            });
  }

  private static String hint(String wrong, java.util.Collection<String> names) {
    String hint = DidYouMean.hint(wrong, names);
    if (!hint.isEmpty() || names.isEmpty()) {
      return hint;
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(String::compareTo);
    return "; defined: " + (sorted.size() > 10 ? sorted.subList(0, 10) + "..." : sorted);
  }

  private void problem(String pointer, String message) {
    problems.add(new MockConfigException.Problem(pointer, 0, 0, message));
  }

  /** Adds line and column to each problem, in one pass over the text. */
  static List<MockConfigException.Problem> located(
      String text, List<MockConfigException.Problem> found) {
    Set<String> pointers = new HashSet<>();
    found.forEach(p -> pointers.add(p.pointer()));
    Map<String, JsonLocator.Position> positions = JsonLocator.locate(text, pointers);
    List<MockConfigException.Problem> located = new ArrayList<>(found.size());
    for (MockConfigException.Problem p : found) {
      JsonLocator.Position at = positions.get(p.pointer());
      located.add(
          at == null ? p : new MockConfigException.Problem(p.pointer(), at.line(), at.column(), p.message()));
    }
    return located;
  }
}
