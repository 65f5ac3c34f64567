package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The common case of {@code validate} runs without picocli's model; on everything it accepts it
 * must do exactly what picocli would, and it must leave everything else to picocli.
 */
class CommonCaseTest {
  @TempDir
  static Path dir;

  static Stream<List<String>> commonCases() throws IOException {
    String valid = Files.writeString(dir.resolve("valid.json"), ValidateCommandTest.VALID).toString();
    String invalid = Files.writeString(dir.resolve("invalid.json"), ValidateCommandTest.INVALID).toString();
    String warned = Files.writeString(dir.resolve("warned.json"), ValidateCommandTest.WARNINGS_ONLY).toString();
    String yaml = Files.writeString(dir.resolve("flow.yaml"), YamlTest.INVALID).toString();
    String missing = dir.resolve("missing.json").toString();
    return Stream.of(
        List.of("validate", valid),
        List.of("validate", invalid, warned, yaml),
        List.of("validate", "--strict", warned),
        List.of("validate", warned, "--strict"),
        List.of("validate", "--format", "json", invalid, valid),
        List.of("validate", "--format=JSON", "--strict", warned),
        List.of("validate", "--format", "Text", yaml),
        List.of("validate", valid, missing),
        List.of("validate", dir.toString()),
        List.of("validate", "validate"));
  }

  @ParameterizedTest
  @MethodSource("commonCases")
  void sameResultAsPicocli(List<String> args) {
    String[] array = args.toArray(String[]::new);
    assertThat(ValidateCommand.commonCase(array)).as("taken as the common case").isNotNull();

    assertThat(run(array, false)).isEqualTo(run(array, true));
  }

  @Test
  void everythingElseIsLeftToPicocli() {
    List<List<String>> others = new ArrayList<>(List.of(
        List.of(),
        List.of("validate"),
        List.of("validate", "--help"),
        List.of("validate", "-h", "a.json"),
        List.of("validate", "--strict"),
        List.of("validate", "--strict", "--strict", "a.json"),
        List.of("validate", "--format", "json", "--format", "text", "a.json"),
        List.of("validate", "--format", "xml", "a.json"),
        List.of("validate", "--format=", "a.json"),
        List.of("validate", "a.json", "--format"),
        List.of("validate", "--debug", "a.json"),
        List.of("validate", "--", "a.json"),
        List.of("validate", "@files.txt"),
        List.of("validate", "-"),
        List.of("validate", ""),
        List.of("--debug", "validate", "a.json"),
        List.of("--version"),
        List.of("valdate", "a.json")));
    for (List<String> args : others) {
      assertThat(ValidateCommand.commonCase(args.toArray(String[]::new))).as(args.toString()).isNull();
    }
  }

  private static CliRun run(String[] args, boolean picocli) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = picocli
        ? Baton.runWithPicocli(args, new PrintWriter(out), new PrintWriter(err))
        : Baton.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(status, out.toString(), err.toString());
  }
}
