package dev.baton.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.local.LocalEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's runs: one per example workflow, each ending as its scenario says, with a report file. */
class RunExamplesTest {

  @Test
  void everyExampleWorkflowHasARun() {
    assertThat(ExampleRuns.all()).extracting(ExampleRuns.Scenario::workflow)
        .containsExactlyElementsOf(ExampleWorkflows.all().keySet());
  }

  @Test
  void eachRunEndsAsItsScenarioSays() {
    for (ExampleRuns.Scenario scenario : ExampleRuns.all()) {
      var run = scenario.services().apply(LocalEngine.builder()).build()
          .start(scenario.machine().get(), scenario.input());
      assertThat(run.status()).as("%s: %s", scenario.workflow(), run).isEqualTo(scenario.expected());
    }
  }

  @Test
  void writesAReportPerRun(@TempDir Path dir) throws IOException {
    RunExamples.main(new String[] {dir.toString()});
    JsonNode report = new ObjectMapper().readTree(Files.readString(dir.resolve("article-glue-job-choice.run.json")));
    assertThat(report.at("/result/status").asText()).isEqualTo("SUCCEEDED");
    assertThat(report.at("/transitions").asInt()).isEqualTo(5);
    assertThat(report.at("/statesEntered").toString()).contains("Glue Job B").doesNotContain("Glue Job A");
    assertThat(report.at("/history/events/0/type").asText()).isEqualTo("ExecutionStarted");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).hasSize(ExampleWorkflows.all().size())
          .allMatch(name -> name.endsWith(".run.json"));
    }
  }
}
