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

/** {@code baton validate} on JSON files: verdicts, both output formats, exit statuses. */
class ValidateCommandTest {
  static final String VALID = """
      {
        "StartAt": "First",
        "States": {
          "First": {
            "Type": "Pass",
            "Next": "Done"
          },
          "Done": {
            "Type": "Succeed"
          }
        }
      }
      """;

  static final String INVALID = """
      {
        "StartAt": "First",
        "States": {
          "First": {
            "Type": "Pass",
            "Next": "Secnd"
          },
          "Second": {
            "Type": "Succeed"
          }
        }
      }
      """;

  static final String WARNINGS_ONLY = """
      {
        "StartAt": "Pick",
        "States": {
          "Pick": {
            "Type": "Choice",
            "Choices": [
              {"Variable": "$.kind", "StringEquals": "a", "Next": "Done"}
            ]
          },
          "Done": {
            "Type": "Succeed"
          }
        }
      }
      """;

  @TempDir
  Path dir;

  Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void aValidFileExitsZeroWithASummary() throws IOException {
    Path file = write("valid.asl.json", VALID);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("1 file: 1 valid, 0 with errors (0 errors, 0 warnings)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anInvalidFileListsEveryErrorLikeACompiler() throws IOException {
    Path file = write("invalid.asl.json", INVALID);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + ":6:7: error: [state.next-unknown] " + CliRun.messageOf(INVALID, "state.next-unknown")
            + " (at /States/First/Next)",
        file + ":8:5: error: [state.unreachable] " + CliRun.messageOf(INVALID, "state.unreachable")
            + " (at /States/Second)",
        "1 file: 0 valid, 1 with errors (2 errors, 0 warnings)");
    assertThat(run.outLines().get(0)).contains("'Secnd'", "did you mean 'Second'?");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anInvalidFileInJson() throws IOException {
    Path file = write("invalid.asl.json", INVALID);

    CliRun run = baton("validate", "--format", "json", file.toString());

    assertThat(run.status()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.isArray()).isTrue();
    assertThat(report).hasSize(1);
    JsonNode only = report.get(0);
    assertThat(only.get("file").asText()).isEqualTo(file.toString());
    assertThat(only.get("valid").asBoolean()).isFalse();
    assertThat(only.has("error")).isFalse();
    JsonNode first = only.get("diagnostics").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("state.next-unknown");
    assertThat(first.get("severity").asText()).isEqualTo("ERROR");
    assertThat(first.get("layer").asText()).isEqualTo("structure");
    assertThat(first.get("pointer").asText()).isEqualTo("/States/First/Next");
    assertThat(first.get("line").asInt()).isEqualTo(6);
    assertThat(first.get("column").asInt()).isEqualTo(7);
    assertThat(first.get("message").asText()).isEqualTo(CliRun.messageOf(INVALID, "state.next-unknown"));
    JsonNode second = only.get("diagnostics").get(1);
    assertThat(second.get("rule").asText()).isEqualTo("state.unreachable");
    assertThat(second.get("line").asInt()).isEqualTo(8);
    assertThat(second.get("column").asInt()).isEqualTo(5);
    assertThat(only.get("diagnostics")).hasSize(2);
  }

  @Test
  void jsonOutputIsExactlyTheDocumentedShape() throws IOException {
    Path file = write("warn.json", WARNINGS_ONLY);

    CliRun run = baton("validate", "--format=json", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("""
        [
          {
            "file": "%s",
            "valid": true,
            "diagnostics": [
              {
                "rule": "lint.choice-no-default",
                "severity": "WARNING",
                "layer": "structure",
                "pointer": "/States/Pick",
                "line": 4,
                "column": 5,
                "message": "%s"
              }
            ]
          }
        ]
        """.formatted(file, CliRun.messageOf(WARNINGS_ONLY, "lint.choice-no-default")));
  }

  @Test
  void warningsPassUnlessStrict() throws IOException {
    Path file = write("warn.json", WARNINGS_ONLY);
    String warning = file + ":4:5: warning: [lint.choice-no-default] "
        + CliRun.messageOf(WARNINGS_ONLY, "lint.choice-no-default") + " (at /States/Pick)";

    CliRun lenient = baton("validate", file.toString());
    CliRun strict = baton("validate", "--strict", file.toString());

    assertThat(lenient.status()).isZero();
    assertThat(lenient.outLines()).containsExactly(warning, "1 file: 1 valid, 0 with errors (0 errors, 1 warning)");
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.outLines())
        .containsExactly(warning, "1 file: 0 valid, 0 with errors, 1 with warnings (--strict) (0 errors, 1 warning)");
  }

  @Test
  void strictMarksWarnedFilesInvalidInJson() throws IOException {
    Path file = write("warn.json", WARNINGS_ONLY);

    CliRun run = baton("validate", "--strict", "--format", "json", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(run.out()).get(0).get("valid").asBoolean()).isFalse();
  }

  @Test
  void severalFilesAreReportedInOrderWithOneSummary() throws IOException {
    Path valid = write("a.json", VALID);
    Path invalid = write("b.json", INVALID);
    Path warned = write("c.json", WARNINGS_ONLY);

    CliRun run = baton("validate", valid.toString(), invalid.toString(), warned.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().get(0)).startsWith(invalid + ":6:7: error: [state.next-unknown]");
    assertThat(run.outLines().get(1)).startsWith(invalid + ":8:5: error: [state.unreachable]");
    assertThat(run.outLines().get(2)).startsWith(warned + ":4:5: warning: [lint.choice-no-default]");
    assertThat(run.outLines().get(3)).isEqualTo("3 files: 2 valid, 1 with errors (2 errors, 1 warning)");

    JsonNode json = new ObjectMapper().readTree(
        baton("validate", "--format", "json", valid.toString(), invalid.toString(), warned.toString()).out());
    assertThat(json).hasSize(3);
    assertThat(json.get(0).get("valid").asBoolean()).isTrue();
    assertThat(json.get(0).get("diagnostics")).isEmpty();
    assertThat(json.get(1).get("valid").asBoolean()).isFalse();
    assertThat(json.get(2).get("valid").asBoolean()).isTrue();
  }

  @Test
  void formatNamesAreCaseInsensitive() throws IOException {
    Path file = write("valid.json", VALID);

    assertThat(baton("validate", "--format", "JSON", file.toString()).out()).startsWith("[");
    assertThat(baton("validate", "--format", "Text", file.toString()).out()).startsWith("1 file:");
  }
}
