package dev.baton.cli;

import static dev.baton.cli.CliRun.baton;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top {@code baton} command: version, help, usage errors and internal errors. */
class BatonCommandTest {
  @Test
  void versionPrintsTheProjectVersion() {
    CliRun run = baton("--version");

    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).matches("baton \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.outLines().get(1)).startsWith("Java ");
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = baton("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: baton [-hV] COMMAND");
    assertThat(run.out()).containsPattern("\\n  validate +Check Amazon States Language definitions");
    assertThat(run.out()).doesNotContain("--debug");
  }

  @Test
  void validateHelpShowsOptionsAndExitStatuses() {
    CliRun run = baton("validate", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Check Amazon States Language definitions (JSON or YAML).\n"
        + "Usage: baton validate [-h] [--no-flow] [--strict] [--format=FORMAT]\n"
        + "                      [--input-sample=FILE] [--input-schema=FILE] FILE...");
    assertThat(run.out()).contains("--strict", "--format=FORMAT", "--no-flow", "--input-schema=FILE",
        "--input-sample=FILE", "Exit status:", "2   usage error");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = baton();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing a command, such as 'baton validate FILE'\nUsage: baton");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = baton("valdate", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched arguments from index 0: 'valdate', 'x.json'");
    assertThat(run.err()).contains("Did you mean: baton validate?");
  }

  @Test
  void onlyTheSubcommandThatRunsIsBuilt() {
    assertThat(Baton.commandNamedIn(new String[] {"--debug", "validate", "x.json"})).isEqualTo("validate");
    assertThat(Baton.commandNamedIn(new String[] {"--help"})).isNull();
    assertThat(Baton.commandNamedIn(new String[] {"valdate", "validate"})).isNull();
    CommandLine line = Baton.commandLine(new Baton(), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), "validate");
    assertThat(line.getSubcommands()).containsOnlyKeys("validate");
    assertThat(Baton.commandLine(new Baton(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands()).containsOnlyKeys(Baton.COMMANDS.keySet());
  }

  @Test
  void debugMayComeAfterTheSubcommand() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("baton", ".json");
    try {
      java.nio.file.Files.writeString(file, ValidateCommandTest.VALID);
      assertThat(baton("validate", "--debug", file.toString()).status()).isZero();
      assertThat(baton("--debug", "validate", file.toString()).status()).isZero();
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("the model is\ninconsistent");
    }
  }

  @Test
  void anInternalErrorIsOneLineAndExitStatusTwo() {
    StringWriter err = new StringWriter();
    CommandLine line = Baton.commandLine(new Baton(), new PrintWriter(new StringWriter()), new PrintWriter(err));
    line.addSubcommand(new Boom());

    int status = line.execute("boom");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("baton: internal error: java.lang.IllegalStateException: the model is, please "
        + "report it (run with --debug for the stack trace)\n");
  }

  @Test
  void debugShowsTheStackTrace() {
    StringWriter err = new StringWriter();
    CommandLine line = Baton.commandLine(new Baton(), new PrintWriter(new StringWriter()), new PrintWriter(err));
    line.addSubcommand(new Boom());

    int status = line.execute("boom", "--debug");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).startsWith("baton: internal error: java.lang.IllegalStateException: the model is, "
        + "please report it\njava.lang.IllegalStateException: the model is\ninconsistent\n\tat ");
  }
}
