package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.diagnostics.Severity;
import dev.baton.json.AslReader;
import dev.baton.json.CanonicalJson;
import dev.baton.local.Execution;
import dev.baton.local.LocalEngine;
import dev.baton.local.UnmockedTasks;
import dev.baton.local.engine.Json;
import dev.baton.local.mockconfig.MockConfig;
import dev.baton.local.mockconfig.MockConfigException;
import dev.baton.local.mockconfig.MockConfigFile;
import dev.baton.model.MapState;
import dev.baton.model.ParallelState;
import dev.baton.model.State;
import dev.baton.model.StateMachine;
import dev.baton.validate.ValidationOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baton run FILE [--name NAME] [--input FILE|JSON] [--mock-config FILE --test-case CASE]
 * [--unmocked fail|pass-through] [--history] [--real-time]}: runs a workflow on the local engine
 * and prints one JSON line with its result.
 */
@Command(
    name = "run",
    sortOptions = false,
    headerHeading = "",
    header = "Run a state machine locally, with mocked tasks, and print its result as one JSON line.",
    description = {
      "FILE is an ASL definition (JSON or YAML), or the name of a project workflow written to "
          + "target/stepfunctions/NAME.asl.json by the build.",
      "Prints {\"status\":\"SUCCEEDED\",\"output\":...} or {\"status\":\"FAILED\",\"error\":...,\"cause\":...} "
          + "(also TIMED_OUT and ABORTED). Time is virtual unless --real-time: Waits and retries take no time."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the execution succeeded",
      "1:the execution failed, timed out, was aborted, or waits for a task token",
      "2:usage error, an unreadable or invalid definition, input or mock config, or an internal error"
    })
public final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The state machine's name (ARNs, $$.StateMachine.Name, the mock config's StateMachines key). "
          + "Default: the file's base name without .json, .asl.json, .yaml or .yml.")
  String name;

  @Option(names = "--input", paramLabel = "FILE|JSON",
      description = "The execution input: a JSON file, or JSON text. Default: {}.")
  String input;

  @Option(names = "--mock-config", paramLabel = "FILE",
      description = "A Step Functions Local mock configuration file (needs --test-case).")
  String mockConfig;

  @Option(names = "--test-case", paramLabel = "CASE", description = "The test case of --mock-config to use.")
  String testCase;

  @Option(names = "--unmocked", paramLabel = "fail|pass-through",
      description = "What a Task without a mock does: fail the execution (default) or return its input.")
  String unmocked = "fail";

  @Option(names = "--history", description = "Add the execution history (AWS's event shapes) to the output line.")
  boolean history;

  @Option(names = "--real-time", description = "Use the wall clock: Waits, retry back-offs and task durations really take time.")
  boolean realTime;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The ASL definition to run, or a project workflow name.")
  String file;

  /** Created by picocli. */
  public RunCommand() {}

  /** A user mistake: reported on standard error, exit status 2. */
  private static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out);
    } catch (UsageError e) {
      out.flush();
      err.println("baton run: " + e.getMessage());
      err.flush();
      return ExitStatus.USAGE_OR_IO;
    }
  }

  private int run(PrintWriter out) throws UsageError {
    if ((mockConfig == null) != (testCase == null)) {
      throw new UsageError("--mock-config and --test-case go together: give both, or neither");
    }
    UnmockedTasks policy = switch (unmocked.toLowerCase(java.util.Locale.ROOT)) {
      case "fail" -> UnmockedTasks.FAIL;
      case "pass-through", "pass_through", "passthrough" -> UnmockedTasks.PASS_THROUGH;
      default -> throw new UsageError("--unmocked takes fail or pass-through, not '" + unmocked + "'");
    };
    String definitionFile = resolveFile(file, Path.of(""));
    StateMachine machine = readDefinition(definitionFile);
    String machineName = name != null ? name : baseName(definitionFile);
    JsonNode executionInput = readInput();
    LocalEngine.Builder builder = LocalEngine.builder().unmockedTasks(policy);
    if (realTime) {
      builder.realTime();
    }
    if (mockConfig != null) {
      try {
        MockConfig config = MockConfigFile.parse(Path.of(mockConfig));
        config.checkStates(machineName, testCase, stateNames(machine.states().values(), new ArrayList<>()));
        builder.mockConfig(config, machineName, testCase);
      } catch (MockConfigException e) {
        throw new UsageError(e.getMessage());
      }
    }
    Execution execution = builder.build().start(machineName, machine, executionInput, null);
    ObjectNode line = (ObjectNode) execution.toJson();
    if (execution.isRunning()) {
      line.set("waitingForTaskTokens", Json.MAPPER.valueToTree(execution.pendingTaskTokens().keySet()));
    }
    if (history) {
      line.set("history", execution.historyJson().get("events"));
    }
    out.println(Json.write(line));
    out.flush();
    return execution.status() == dev.baton.local.ExecutionStatus.SUCCEEDED ? ExitStatus.OK : ExitStatus.PROBLEMS;
  }

  /**
   * The file itself, or a project workflow's {@code target/stepfunctions/NAME.asl.json} under
   * {@code projectDir} when FILE does not exist and is a bare name.
   */
  static String resolveFile(String given, Path projectDir) {
    if (!Files.exists(projectDir.resolve(given)) && !given.contains("/") && !given.contains(".")) {
      Path built = projectDir.resolve(Path.of("target", "stepfunctions", given + ".asl.json"));
      if (Files.isRegularFile(built)) {
        return built.toString();
      }
    }
    return given;
  }

  private StateMachine readDefinition(String definitionFile) throws UsageError {
    DefinitionFile.Outcome outcome = DefinitionFile.read(definitionFile);
    if (outcome instanceof DefinitionFile.Unreadable u) {
      throw new UsageError(u.file() + ": " + u.reason()
          + (u.reason().equals("no such file") ? " (nor a project workflow in target/stepfunctions/)" : ""));
    }
    FileReport report;
    try {
      report = DefinitionCheck.check(outcome, InputShapes.options(true, null, null));
    } catch (InputShapes.BadInput e) {
      throw new UsageError(e.getMessage());
    }
    List<Diagnostic> errors = report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      StringBuilder message = new StringBuilder(definitionFile + " is not a valid definition, so it cannot run:");
      errors.forEach(d -> message.append(System.lineSeparator()).append(TextReport.line(definitionFile, d)));
      throw new UsageError(message.toString());
    }
    DefinitionFile.Text text = (DefinitionFile.Text) outcome;
    String json = text.syntax() == DefinitionFile.Syntax.YAML
        ? CanonicalJson.print(YamlDefinition.read(text.text()).root()) : text.text();
    return AslReader.read(json);
  }

  private JsonNode readInput() throws UsageError {
    if (input == null) {
      return Json.NODES.objectNode();
    }
    String text = input;
    Path path = null;
    try {
      path = Path.of(input);
    } catch (java.nio.file.InvalidPathException e) {
      // not a file name: JSON text
    }
    if (path != null && Files.isRegularFile(path)) {
      try {
        text = Files.readString(path);
      } catch (IOException e) {
        throw new UsageError("--input " + input + ": cannot be read: " + e.getMessage());
      }
    }
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--input is neither a readable JSON file nor JSON text: " + e.getMessage());
    }
  }

  static String baseName(String file) {
    String base = Path.of(file).getFileName().toString();
    for (String suffix : List.of(".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml")) {
      if (base.endsWith(suffix)) {
        return base.substring(0, base.length() - suffix.length());
      }
    }
    return base;
  }

  private static Collection<String> stateNames(Collection<State> states, List<String> into) {
    for (State s : states) {
      into.add(s.name());
      if (s instanceof ParallelState p) {
        p.branches().forEach(b -> stateNames(b.states().values(), into));
      } else if (s instanceof MapState m) {
        m.itemProcessor().or(m::iterator).ifPresent(proc -> stateNames(proc.states().values(), into));
      }
    }
    return into;
  }
}
