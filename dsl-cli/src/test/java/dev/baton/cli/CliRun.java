package dev.baton.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of {@code baton}: its exit status and what it wrote to standard output and
 * standard error.
 */
record CliRun(int status, String out, String err) {
  /** Runs {@code baton args...} through the picocli command line, capturing both streams. */
  static CliRun baton(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Baton.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(status, out.toString(), err.toString());
  }

  /**
   * The validator's own message for {@code rule} on {@code json}, so that tests pin the CLI's
   * positions, rule ids and format without repeating wording that belongs to dsl-core.
   */
  static String messageOf(String json, String rule) {
    return dev.baton.validate.Validator.validate(json).diagnostics().stream()
        .filter(d -> d.rule().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " in " + json))
        .message();
  }

  /** The lines of standard output. */
  java.util.List<String> outLines() {
    return out.lines().toList();
  }
}
