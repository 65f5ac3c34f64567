package dev.baton.cli;

import dev.baton.validate.ValidationOptions;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baton validate [--format text|json] [--strict] FILE...}: checks ASL definitions in JSON or
 * YAML with the validator of {@code dsl-core} and reports every finding.
 */
@Command(
    name = "validate",
    sortOptions = false,
    headerHeading = "",
    header = "Check Amazon States Language definitions (JSON or YAML).",
    description = {
      "Reports every error and warning of each FILE, with its line, column and rule id.",
      "Files ending in .yaml or .yml are read as YAML, files ending in .json as JSON; other files "
          + "as YAML when they start like a YAML mapping, else as JSON. Files over 10 MiB are refused."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file is valid (warnings allowed, unless --strict)",
      "1:a file has an error (or a warning, with --strict), or is not a definition",
      "2:usage error, a file that cannot be read (missing, a directory), or an internal error"
    })
public final class ValidateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec
  CommandSpec spec;

  // Defaults are Java initial values, not picocli defaultValue attributes, so that the common case
  // parsed by commonCase (without picocli) gets the very same defaults.
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (compiler-style lines and a summary) or json (one array, one object per file). "
          + "Default: text.")
  Format format = Format.TEXT;

  @Option(names = "--strict", description = "Fail on warnings too: exit 1 when any file has a warning.")
  boolean strict;

  @Option(names = "--no-flow", description = "Skip the data-flow layer (path and variable checking).")
  boolean noFlow;

  @Option(names = "--input-schema", paramLabel = "FILE",
      description = "A JSON Schema (JSON or YAML) of the execution input, for the data-flow layer.")
  String inputSchema;

  @Option(names = "--input-sample", paramLabel = "FILE",
      description = "A sample execution input (JSON or YAML), for the data-flow layer.")
  String inputSample;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "ASL definitions to check (.json, .yaml, .yml).")
  List<String> files;

  /** Created by picocli. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    return validate(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * The command for the common case, {@code validate [--format text|json] [--strict] FILE...},
   * parsed without picocli; null for anything else (help, an unknown or repeated option, a bad
   * value, {@code --}, an {@code @argfile}, no FILE), which picocli then parses and reports.
   *
   * <p>Building picocli's model (its converters, and reflection on the annotations) takes about a
   * third of the start-up time of {@code java -jar baton.jar validate FILE}; the common case does
   * not need it. It accepts a strict subset of what picocli accepts, and a test checks that both
   * give the same result on it.
   */
  static ValidateCommand commonCase(String[] args) {
    if (args.length < 2 || !args[0].equals("validate")) {
      return null;
    }
    ValidateCommand command = new ValidateCommand();
    boolean formatSeen = false;
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--strict") && !command.strict) {
        command.strict = true;
      } else if (arg.equals("--no-flow") && !command.noFlow) {
        command.noFlow = true;
      } else if ((arg.equals("--format") || arg.startsWith("--format=")) && !formatSeen) {
        String value;
        if (arg.equals("--format")) {
          i++;
          value = i < args.length ? args[i] : "";
        } else {
          value = arg.substring("--format=".length());
        }
        command.format = formatNamed(value);
        if (command.format == null) {
          return null;
        }
        formatSeen = true;
      } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
        return null;
      } else {
        files.add(arg);
      }
    }
    command.files = files;
    return files.isEmpty() ? null : command;
  }

  private static Format formatNamed(String value) {
    for (Format format : Format.values()) {
      if (format.name().equalsIgnoreCase(value)) {
        return format;
      }
    }
    return null;
  }

  /** Checks every file, prints the reports, and returns the exit status. */
  int validate(PrintWriter out, PrintWriter err) {
    ValidationOptions options;
    try {
      options = InputShapes.options(noFlow, inputSchema, inputSample);
    } catch (InputShapes.BadInput e) {
      err.println("baton validate: " + e.getMessage());
      err.flush();
      return ExitStatus.USAGE_OR_IO;
    }
    List<FileReport> reports = new ArrayList<>(files.size());
    for (String file : files) {
      FileReport report = DefinitionCheck.check(DefinitionFile.read(file), options);
      reports.add(report);
      if (report.isUnreadable()) {
        out.flush();  // keep the two streams in order on a terminal
        err.println("baton validate: " + file + ": " + report.unreadable());
        err.flush();
      } else if (format == Format.TEXT) {
        TextReport.printFile(report, out);
      }
    }
    if (format == Format.JSON) {
      out.print(JsonReport.print(reports, strict));
    } else {
      out.println(TextReport.summary(reports, strict));
    }
    out.flush();
    if (reports.stream().anyMatch(FileReport::isUnreadable)) {
      return ExitStatus.USAGE_OR_IO;
    }
    return reports.stream().allMatch(r -> r.passes(strict)) ? ExitStatus.OK : ExitStatus.PROBLEMS;
  }
}
