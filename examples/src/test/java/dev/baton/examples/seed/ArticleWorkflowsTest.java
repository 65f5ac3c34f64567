package dev.baton.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.json.JsonTrees;
import dev.baton.model.StateMachine;
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
  void theWrittenJsonReadsBackToTheSameModel() {
    StateMachine machine = ArticleWorkflows.glueJobChoice();
    assertThat(StateMachine.fromJson(machine.toJson())).isEqualTo(machine);
  }
}
