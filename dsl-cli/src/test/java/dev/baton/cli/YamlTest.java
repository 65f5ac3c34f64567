package dev.baton.cli;

import static dev.baton.cli.CliRun.baton;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton validate} on YAML: the same checks as JSON, positions in the YAML text. */
class YamlTest {
  static final String VALID = """
      # Two states, written in YAML.
      StartAt: First
      States:
        First:
          Type: Pass
          Result:
            count: 1
            ratio: 0.5
            when: 2024-01-01T00:00:00Z
          Next: Done
        Done:
          Type: Succeed
      """;

  static final String INVALID = """
      StartAt: First
      States:
        First:
          Type: Pass
          Next: Secnd
        Second:
          Type: Succeed
      """;

  /** {@link #INVALID} in JSON: the same findings, at other positions. */
  static final String SAME_AS_JSON = ValidateCommandTest.INVALID;

  @TempDir
  Path dir;

  @Test
  void aValidYamlFile() throws IOException {
    Path file = Files.writeString(dir.resolve("flow.asl.yaml"), VALID);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("1 file: 1 valid, 0 with errors (0 errors, 0 warnings)\n");
  }

  @Test
  void anInvalidYamlFileReportsYamlLinesAndColumns() throws IOException {
    Path file = Files.writeString(dir.resolve("flow.yml"), INVALID);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + ":5:5: error: [state.next-unknown] " + CliRun.messageOf(SAME_AS_JSON, "state.next-unknown")
            + " (at /States/First/Next)",
        file + ":6:3: error: [state.unreachable] " + CliRun.messageOf(SAME_AS_JSON, "state.unreachable")
            + " (at /States/Second)",
        "1 file: 0 valid, 1 with errors (2 errors, 0 warnings)");
  }

  @Test
  void aMisspeltFieldIsReportedAtItsKey() throws IOException {
    Path file = Files.writeString(dir.resolve("typo.yaml"), """
        StartAt: First
        States:
          First:
            Type: Pass
            ResultPth: $.x
            End: true
        """);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).startsWith(file + ":5:5: error: [state.unknown-field] ")
        .endsWith("did you mean 'ResultPath'? (at /States/First/ResultPth)");
  }

  @Test
  void anInvalidYamlFileInJson() throws IOException {
    Path file = Files.writeString(dir.resolve("flow.yaml"), INVALID);

    JsonNode report = new ObjectMapper().readTree(baton("validate", "--format", "json", file.toString()).out());

    JsonNode first = report.get(0).get("diagnostics").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("state.next-unknown");
    assertThat(first.get("layer").asText()).isEqualTo("structure");
    assertThat(first.get("pointer").asText()).isEqualTo("/States/First/Next");
    assertThat(first.get("line").asInt()).isEqualTo(5);
    assertThat(first.get("column").asInt()).isEqualTo(5);
  }

  @Test
  void aDuplicateKeyIsAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("dup.yaml"), """
        StartAt: First
        States:
          First:
            Type: Pass
            End: true
            End: false
        """);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + ":6:5: error: [json.duplicate-key] duplicate key 'End': YAML and JSON parsers disagree on which value "
            + "wins; keep one (at /States/First/End)",
        "1 file: 0 valid, 1 with errors (1 error, 0 warnings)");
  }

  @Test
  void aYamlSyntaxErrorIsOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.yaml"), "StartAt: [First\nStates: {}\n");

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).isEqualTo(file + ":2:7: error: [json.syntax] not valid YAML: while parsing a "
        + "flow sequence: expected ',' or ']', but got :");
  }

  @Test
  void anAliasHasNoJsonEquivalent() throws IOException {
    Path file = Files.writeString(dir.resolve("alias.yaml"), """
        StartAt: First
        States:
          First: &pass
            Type: Pass
            End: true
          Second: *pass
        """);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).contains(file + ":6:11: error: [json.syntax] YAML alias *pass has no JSON "
        + "equivalent; write the value out in full (at /States/Second)");
  }

  @Test
  void twoDocumentsAreAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("two.yaml"), VALID + "---\n" + VALID);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).contains("[json.syntax] a second YAML document follows the definition");
  }

  @Test
  void anEmptyYamlFile() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).isEqualTo(file + ":1:1: error: [json.syntax] the definition is empty; an ASL "
        + "definition is a YAML mapping with StartAt and States");
  }

  @Test
  void deepYamlNestingIsOneError() throws IOException {
    Path file = Files.writeString(dir.resolve("deep.yaml"), "a: " + "[".repeat(100_000));

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).contains("error: [json.too-deep] the YAML nests deeper than 512 levels");
  }

  @Test
  void yamlWithoutAnExtensionIsRecognisedByItsContent() throws IOException {
    Path file = Files.writeString(dir.resolve("definition"), INVALID);

    CliRun run = baton("validate", file.toString());

    assertThat(run.outLines().get(0)).startsWith(file + ":5:5: error: [state.next-unknown]");
  }

  @Test
  void theWarningsOfYamlAreMovedToo() throws IOException {
    Path file = Files.writeString(dir.resolve("warn.yaml"), """
        StartAt: Pick
        States:
          Pick:
            Type: Choice
            Choices:
              - Variable: $.kind
                StringEquals: a
                Next: Done
          Done:
            Type: Succeed
        """);

    CliRun run = baton("validate", "--strict", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).startsWith(file + ":3:3: warning: [lint.choice-no-default]");
  }
}
