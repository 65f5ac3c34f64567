package dev.baton.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code baton} command: the entry point of the runnable jar and the parent of every subcommand.
 *
 * <p>Each subcommand is its own class, listed in {@link #COMMANDS}; a subcommand parses its options
 * and calls library code, nothing more. Exit statuses are the same for every subcommand: see
 * {@link ExitStatus}.
 *
 * <p>Start-up time matters (a CLI is run once per file in scripts and editors). The common case of
 * {@code validate} runs without building picocli's model at all (see
 * {@link ValidateCommand#commonCase}); otherwise picocli builds the model, by reflection on the
 * annotations, only of the subcommand that runs: of all of them only when the command line names
 * none (for help and usage errors).
 */
@Command(
    name = "baton",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Checks, runs and deploys AWS Step Functions state machines.",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = "Run 'baton COMMAND --help' for a command's options. Exit status: 0 success, 1 the input has "
        + "problems, 2 usage or I/O error.")
public final class Baton implements Runnable {
  /** Every subcommand by name, in the order help lists them. Add new subcommands here. */
  static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand::new);
    // A lambda, not RunCommand::new: linking a constructor reference loads and verifies the class
    // (and the engine classes it names) even when another command runs; the lambda's body does not.
    commands.put("run", () -> new RunCommand());
    return Collections.unmodifiableMap(commands);
  }

  @Spec
  CommandSpec spec;

  /** Shows the stack trace of an internal error; hidden because only a bug report needs it. */
  @Option(names = "--debug", hidden = true, scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean debug;

  /** Creates the top command; {@link #main} and tests use {@link #run}. */
  public Baton() {}

  /** {@code baton} alone: a usage error that lists the commands. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command, such as 'baton validate FILE'");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = writer(FileDescriptor.out);
    PrintWriter err = writer(FileDescriptor.err);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line with the given streams and returns the exit status, never throwing.
   *
   * @param args the arguments after {@code baton}
   * @param out where results go
   * @param err where usage and I/O errors go
   * @return the exit status: 0, 1 or 2, see {@link ExitStatus}
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return runSafely(args, out, err, () -> {
      ValidateCommand commonCase = ValidateCommand.commonCase(args);
      return commonCase != null ? commonCase.validate(out, err) : picocli(args, out, err);
    });
  }

  /** {@link #run}, always through picocli, for tests that compare both ways. */
  static int runWithPicocli(String[] args, PrintWriter out, PrintWriter err) {
    return runSafely(args, out, err, () -> picocli(args, out, err));
  }

  private static int picocli(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(new Baton(), out, err, commandNamedIn(args)).execute(args);
  }

  private static int runSafely(String[] args, PrintWriter out, PrintWriter err, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (Throwable e) { // StackOverflowError and OutOfMemoryError included: never a raw stack trace
      return internalError(e, java.util.Arrays.asList(args).contains("--debug"), err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The subcommand that {@code args} runs: the first argument that is not an option, when it names
   * a subcommand. Top-level options take no separate value, so the first such argument is the
   * command's name.
   */
  static String commandNamedIn(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return COMMANDS.containsKey(arg) ? arg : null;
      }
    }
    return null;
  }

  /** The command line for {@code baton} with every subcommand, writing to the given streams. */
  static CommandLine commandLine(Baton baton, PrintWriter out, PrintWriter err) {
    return commandLine(baton, out, err, null);
  }

  /**
   * The command line for {@code baton}, writing to the given streams, with only the subcommand
   * named {@code only}, or with all of them when {@code only} is null.
   */
  static CommandLine commandLine(Baton baton, PrintWriter out, PrintWriter err, String only) {
    CommandLine commandLine = new CommandLine(baton);
    COMMANDS.forEach((name, command) -> {
      if (only == null || only.equals(name)) {
        commandLine.addSubcommand(name, command.get());
      }
    });
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // The root's writer, not the failing subcommand's: a subcommand added later keeps System.err.
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> internalError(e, baton.debug, err));
    return commandLine;
  }

  private static int internalError(Throwable e, boolean debug, PrintWriter err) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    err.println("baton: internal error: " + e.getClass().getName() + message
        + ", please report it" + (debug ? "" : " (run with --debug for the stack trace)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitStatus.USAGE_OR_IO;
  }

  /**
   * A writer on a standard stream. Java 17 would use the platform charset, which is ASCII under a
   * bare POSIX locale and turns every non-ASCII state name into '?'; JSON is UTF-8 by definition.
   */
  private static PrintWriter writer(FileDescriptor descriptor) {
    String console =
        System.getProperty(descriptor == FileDescriptor.out ? "sun.stdout.encoding" : "sun.stderr.encoding");
    Charset charset =
        console != null && Charset.isSupported(console) ? Charset.forName(console) : StandardCharsets.UTF_8;
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), charset), false);
  }
}
