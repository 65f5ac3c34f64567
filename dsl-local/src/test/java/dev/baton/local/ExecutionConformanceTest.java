package dev.baton.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.AslReader;
import dev.baton.json.JsonTrees;
import dev.baton.local.engine.Json;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the shared execution conformance corpus (copied to
 * {@code src/test/resources/conformance/execution}) and compares as its README says: the status,
 * the output with numbers by value, the error name, and the cause only for errors that are not
 * {@code States.*}.
 */
class ExecutionConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getResource("/conformance/execution").toURI());
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(14);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
  }

  private void run(Path dir) throws IOException {
    StateMachine machine = AslReader.read(Files.readString(dir.resolve("definition.json")));
    JsonNode input = Json.parse(Files.readString(dir.resolve("input.json")));
    JsonNode expected = Json.parse(Files.readString(dir.resolve("expected.json")));
    LocalEngine.Builder builder = LocalEngine.builder().unmockedTasks(UnmockedTasks.PASS_THROUGH);
    Path stubs = dir.resolve("stubs.json");
    if (Files.exists(stubs)) {
      for (Map.Entry<String, JsonNode> e : Json.parse(Files.readString(stubs)).properties()) {
        builder.mock(e.getKey(), Mocks.fromStub(e.getValue()));
      }
    }
    Execution execution = builder.build().start(machine, input);
    String status = expected.get("status").asText();
    assertThat(execution.status().name()).as("status; execution: %s", execution).isEqualTo(status);
    if (status.equals("SUCCEEDED")) {
      JsonNode actual = execution.output().orElseThrow();
      assertThat(JsonTrees.equal(expected.get("output"), actual))
          .as("output %s, expected %s; first difference: %s", actual, expected.get("output"),
              JsonTrees.firstDifference(expected.get("output"), actual, ""))
          .isTrue();
    } else {
      String error = expected.get("error").asText();
      assertThat(execution.error().orElse("")).as("error; execution: %s", execution).isEqualTo(error);
      if (!error.startsWith("States.")) {
        assertThat(execution.cause().orElse("")).isEqualTo(expected.path("cause").asText(""));
      }
    }
  }
}
