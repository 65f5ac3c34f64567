package dev.baton.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.Execution;
import dev.baton.local.LocalEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs every example workflow on the embedded local engine with its AWS services mocked (see
 * {@link ExampleRuns}), no AWS account needed: one line per run, and each run's result, state
 * transitions, cost estimate and history as {@code <dir>/<name>.run.json}. Run by {@code mvn
 * package} after {@link WriteDefinitions}; exits with status 1 when a run ends otherwise than its
 * scenario says, so a broken example fails the build.
 */
public final class RunExamples {
  private RunExamples() {}

  /**
   * Runs the examples.
   *
   * @param args one argument: the output directory
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RunExamples OUTPUT_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    int unexpected = 0;
    for (ExampleRuns.Scenario scenario : ExampleRuns.all()) {
      Execution run = scenario.services().apply(LocalEngine.builder()).build()
          .start(scenario.machine().get(), scenario.input());
      boolean asExpected = run.status() == scenario.expected();
      ObjectNode report = json.createObjectNode();
      report.put("workflow", scenario.workflow());
      report.put("story", scenario.story());
      report.set("result", run.toJson());
      report.put("transitions", run.transitions());
      report.put("estimatedCostUsd", run.cost().usd());
      report.putPOJO("statesEntered", run.statesEntered());
      report.set("history", run.historyJson());
      Path target = dir.resolve(scenario.workflow() + ".run.json");
      Path temporary = Files.createTempFile(dir, scenario.workflow(), ".tmp");
      Files.writeString(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsString(report),
          StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.printf("ran %-42s %-9s %3d transitions, ~$%s per run (%s)  %s%s%n", scenario.workflow(),
          run.status(), run.transitions(), run.cost().usd().toPlainString(), run.cost().type(), scenario.story(),
          asExpected ? "" : "  <-- expected " + scenario.expected() + ": " + run);
      if (!asExpected) {
        unexpected++;
      }
    }
    System.out.printf("%d example runs on the local engine; results and histories in %s%n",
        ExampleRuns.all().size(), dir);
    if (unexpected > 0) {
      System.err.println(unexpected + " example run(s) ended otherwise than expected");
      System.exit(1);
    }
  }
}
