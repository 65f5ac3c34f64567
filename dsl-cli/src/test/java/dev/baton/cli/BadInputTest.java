package dev.baton.cli;

import static dev.baton.cli.CliRun.baton;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not a definition at all: each gets one clear line and exit status 1 (the input has
 * problems) or 2 (it cannot be read, or the command line is wrong), never a stack trace.
 */
class BadInputTest {
  @TempDir
  Path dir;

  @Test
  void anEmptyFile() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.json"), "");

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + ":1:1: error: [json.syntax] the definition is empty; an ASL definition is a JSON object with StartAt "
            + "and States",
        "1 file: 0 valid, 1 with errors (1 error, 0 warnings)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aBinaryFile() throws IOException {
    byte[] bytes = {'{', '\n', 0x7f, 'E', 'L', 'F', 0, 1, 2, (byte) 0xff};
    Path file = Files.write(dir.resolve("definition.json"), bytes);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + ":2:5: error: [json.syntax] the file is binary (a NUL byte at offset 6), not an ASL definition in "
            + "JSON or YAML text",
        "1 file: 0 valid, 1 with errors (1 error, 0 warnings)");
  }

  @Test
  void textThatIsNotUtf8() throws IOException {
    Path file = Files.write(dir.resolve("latin1.json"),
        "{\"StartAt\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).isEqualTo(file + ":1:17: error: [json.syntax] the file is not UTF-8 text "
        + "(byte 0xE9 at offset 16); an ASL definition is UTF-8 JSON or YAML");
  }

  @Test
  void utf16Text() throws IOException {
    Path file = Files.write(dir.resolve("utf16.json"), "{}".getBytes(StandardCharsets.UTF_16));

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).isEqualTo(file + ":1:1: error: [json.syntax] the file is UTF-16 text; "
        + "save it as UTF-8");
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    Path file = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + ValidateCommandTest.VALID);

    assertThat(baton("validate", file.toString()).status()).isZero();
  }

  @Test
  void textThatIsNotJson() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello world\n");

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).startsWith(file + ":1:1: error: [json.syntax] not valid JSON: ");
  }

  @Test
  void aMissingFile() {
    String missing = dir.resolve("missing.json").toString();

    CliRun run = baton("validate", missing);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("baton validate: " + missing + ": no such file\n");
    assertThat(run.out()).isEqualTo("1 file: 0 valid, 0 with errors, 1 not read (0 errors, 0 warnings)\n");
  }

  @Test
  void aDirectory() {
    CliRun run = baton("validate", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("baton validate: " + dir + ": is a directory, not a file\n");
  }

  @Test
  void aFileWithoutReadPermission() throws IOException {
    Path file = Files.writeString(dir.resolve("secret.json"), ValidateCommandTest.VALID);
    Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(file), "root reads every file");

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("baton validate: " + file + ": permission denied\n");
  }

  @Test
  void anUnreadableFileIsReportedInJsonToo() throws IOException {
    Path valid = Files.writeString(dir.resolve("valid.json"), ValidateCommandTest.VALID);
    String missing = dir.resolve("missing.json").toString();

    CliRun run = baton("validate", "--format", "json", valid.toString(), missing);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("baton validate: " + missing + ": no such file\n");
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report).hasSize(2);
    assertThat(report.get(0).get("valid").asBoolean()).isTrue();
    assertThat(report.get(1).get("file").asText()).isEqualTo(missing);
    assertThat(report.get(1).get("valid").asBoolean()).isFalse();
    assertThat(report.get(1).get("error").asText()).isEqualTo("no such file");
    assertThat(report.get(1).get("diagnostics")).isEmpty();
  }

  @Test
  void anIoErrorOutranksInvalidFiles() throws IOException {
    Path invalid = Files.writeString(dir.resolve("invalid.json"), ValidateCommandTest.INVALID);

    CliRun run = baton("validate", invalid.toString(), dir.resolve("missing.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).last().isEqualTo("2 files: 0 valid, 1 with errors, 1 not read (2 errors, 0 warnings)");
  }

  @Test
  void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.json");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true, \"Result\": \"");
      char[] chunk = "x".repeat(1 << 16).toCharArray();
      for (int i = 0; i < 50 * 16; i++) {
        out.write(chunk);
      }
      out.write("\"}}}");
    }
    long size = Files.size(file);
    assertThat(size).isGreaterThan(50L * 1024 * 1024);

    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> baton("validate", file.toString()));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + ": error: [quota.definition-size] the file is " + size + " bytes; AWS accepts definitions up to "
            + "1048576 bytes (1 MiB), and baton does not read files over 10485760 bytes (10 MiB)",
        "1 file: 0 valid, 1 with errors (1 error, 0 warnings)");
  }

  @Test
  void aFileOfExactlyTheCapIsRead() throws IOException {
    byte[] spaces = new byte[(int) DefinitionFile.MAX_BYTES];
    java.util.Arrays.fill(spaces, (byte) ' ');
    Path file = Files.write(dir.resolve("spaces.json"), spaces);

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).contains("[json.syntax] the definition is empty");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aStreamWithoutASizeIsCutAtTheCap() {
    // /dev/zero is not a regular file and never ends: only the bounded read stops it.
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> baton("validate", "/dev/zero"));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().get(0)).isEqualTo("/dev/zero: error: [quota.definition-size] the file is more than "
        + "10485760 bytes; AWS accepts definitions up to 1048576 bytes (1 MiB), and baton does not read files over "
        + "10485760 bytes (10 MiB)");
  }

  @Test
  void deepNestingIsOneError() throws IOException {
    Path file = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000));

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).contains("error: [json.too-deep] the JSON nests deeper than 512 levels");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void nestingJustUnderTheLimitIsChecked() throws IOException {
    int depth = 500;
    String parameters = "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
    Path file = Files.writeString(dir.resolve("deep-ok.json"), "{\"StartAt\": \"A\", \"States\": {\"A\": "
        + "{\"Type\": \"Pass\", \"Parameters\": " + parameters + ", \"End\": true}}}");

    CliRun run = baton("validate", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownOptionPrintsUsage() throws IOException {
    Path file = Files.writeString(dir.resolve("valid.json"), ValidateCommandTest.VALID);

    CliRun run = baton("validate", "--frmat", "json", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Unknown option: '--frmat'");
    assertThat(run.err()).contains("Usage: baton validate [-h] [--no-flow] [--strict] [--format=FORMAT]");
  }

  @Test
  void aBadFormatValue() throws IOException {
    Path file = Files.writeString(dir.resolve("valid.json"), ValidateCommandTest.VALID);

    CliRun run = baton("validate", "--format", "xml", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--format': expected one of [TEXT, JSON]");
  }

  @Test
  void noFiles() {
    CliRun run = baton("validate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing required parameter: 'FILE'");
  }

  @Test
  void anInvalidFileNameIsAnIoError() {
    CliRun run = baton("validate", "bad\u0000name.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("baton validate: bad\u0000name.json: not a valid file name");
  }
}
