package dev.baton.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.json.JsonTrees;
import dev.baton.model.StateMachine;
import dev.baton.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The DSL versions of the article's workflows write exactly the article's JSON. */
class ArticleWorkflowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode seed(String name) throws IOException {
    try (InputStream in = ArticleWorkflowsTest.class.getResourceAsStream("/seed/" + name)) {
      return JSON.readTree(in);
    }
  }

  private static void assertTreeEqual(StateMachine machine, String seedFile) throws IOException {
    String written = machine.toJson();
    JsonNode actual = JSON.readTree(written);
    assertThat(JsonTrees.firstDifference(seed(seedFile), actual, ""))
        .as("first difference from %s in:%n%s", seedFile, written)
        .isNull();
  }

  @Test
  void workflowOneIsTheArticlesJson() throws IOException {
    assertTreeEqual(ArticleWorkflows.glueJob(), "workflow-1.asl.json");
  }

  @Test
  void workflowTwoIsTheArticlesJson() throws IOException {
    assertTreeEqual(ArticleWorkflows.glueJobWithErrorNotification(), "workflow-2.asl.json");
  }

  @Test
  void workflowThreeIsTheArticlesJson() throws IOException {
    assertTreeEqual(ArticleWorkflows.glueJobChoice(), "workflow-3.asl.json");
  }

  @Test
  void thePublishedVersionsHaveTheArticlesPathBugAndTheFlowCheckFindsIt() {
    for (StateMachine published : java.util.List.of(ArticleWorkflows.glueJob(),
        ArticleWorkflows.glueJobWithErrorNotification(), ArticleWorkflows.glueJobChoice())) {
      java.util.List<dev.baton.diagnostics.Diagnostic> errors = Validator.validate(published).errors();
      assertThat(errors).singleElement().satisfies(d -> {
        assertThat(d.rule()).isEqualTo("flow.path-missing");
        assertThat(d.pointer()).isEqualTo("/States/SNS Notify/Parameters/Message.$");
        assertThat(d.message()).contains("did you mean $.lambdaresult?");
      });
    }
  }

  @Test
  void theCorrectedVersionsPassEveryCheckAndDifferOnlyInThatPath() throws IOException {
    for (StateMachine corrected : java.util.List.of(ArticleWorkflows.glueJobCorrected(),
        ArticleWorkflows.glueJobWithErrorNotificationCorrected(), ArticleWorkflows.glueJobChoiceCorrected())) {
      assertThat(Validator.validate(corrected).errors()).isEmpty();
    }
    JsonNode corrected = JSON.readTree(ArticleWorkflows.glueJobCorrected().toJson());
    assertThat(corrected.at("/States/SNS Notify/Parameters/Message.$").asText()).isEqualTo("$.lambdaresult");
    ((com.fasterxml.jackson.databind.node.ObjectNode) corrected.at("/States/SNS Notify/Parameters"))
        .put("Message.$", "$.data.lambdaresult");
    assertThat(JsonTrees.firstDifference(seed("workflow-1.asl.json"), corrected, "")).isNull();
  }

  @Test
  void buildingThePublishedVersionWithTheFlowCheckFails() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.baton.dsl.Workflow.startingWith(
            dev.baton.dsl.Baton.task("Run Glue Job", dev.baton.integrations.Glue.startJobRun("GLUE_JOB_NAME").sync())
                .next(dev.baton.dsl.Baton.task("Fetch Data", dev.baton.integrations.Lambda.function(ArticleWorkflows.FUNCTION))
                    .resultPath("$.data.lambdaresult").outputPath("$.data"))
                .next(dev.baton.dsl.Baton.task("SNS Notify", dev.baton.integrations.Sns.publish("TOPIC_ARN")
                    .message(dev.baton.dsl.Baton.path("$.data.lambdaresult")))))
            .build())
        .isInstanceOf(dev.baton.dsl.WorkflowBuildException.class)
        .hasMessageContaining("[flow.path-missing]")
        .hasMessageContaining("did you mean $.lambdaresult?");
  }

  @Test
  void theWrittenJsonReadsBackToTheSameModel() {
    StateMachine machine = ArticleWorkflows.glueJobChoice();
    assertThat(StateMachine.fromJson(machine.toJson())).isEqualTo(machine);
  }
}
