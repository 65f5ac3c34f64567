package dev.baton.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid conformance definition reads into the model and writes back as the same JSON. */
class ConformanceRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> validDefinitions() throws IOException, URISyntaxException {
    Path dir = Path.of(ConformanceRoundTripTest.class.getResource("/conformance/validation/valid").toURI());
    return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDefinitions")
  void readsAndWritesBackTreeEqual(Path file) throws IOException {
    String original = read(file);
    StateMachine machine = StateMachine.fromJson(original);
    String written = machine.toJson();

    JsonNode expected = JSON.readTree(original);
    JsonNode actual = JSON.readTree(written);
    assertThat(JsonTrees.firstDifference(expected, actual, ""))
        .as("first difference between %s and what Baton wrote:%n%s", file.getFileName(), written)
        .isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDefinitions")
  void writingIsStableAndReadingBackGivesAnEqualModel(Path file) {
    StateMachine machine = StateMachine.fromJson(read(file));
    String first = machine.toJson();
    String second = machine.toJson();
    assertThat(second).isEqualTo(first);

    StateMachine reread = StateMachine.fromJson(first);
    assertThat(reread).isEqualTo(machine);
    assertThat(reread.toJson()).isEqualTo(first);
  }
}
