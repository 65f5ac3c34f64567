package dev.baton.examples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.annotations.WorkflowIndex;
import dev.baton.examples.ExampleWorkflows;
import dev.baton.examples.seed.ArticleWorkflows;
import dev.baton.json.JsonTrees;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The annotation-declared seed workflow is the builder's, and the @Workflow index lists the builder ones. */
class GlueJobChoiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String compileTimeJson() throws IOException {
    try (InputStream in = GlueJobChoiceTest.class.getResourceAsStream(
        "/stepfunctions/article-glue-job-choice-annotated.asl.json")) {
      assertThat(in).as("written into the class output by the processor").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCompileTimeJsonIsTreeEqualToTheBuilderVersion() throws IOException {
    String builder = ArticleWorkflows.glueJobChoiceCorrected().toJson();
    assertThat(JsonTrees.firstDifference(JSON.readTree(builder), JSON.readTree(compileTimeJson()), "")).isNull();
  }

  @Test
  void theGeneratedClassReturnsTheSameModel() {
    StateMachine annotated = GlueJobChoiceWorkflow.stateMachine();
    assertThat(annotated).isEqualTo(ArticleWorkflows.glueJobChoiceCorrected());
    assertThat(GlueJobChoiceWorkflow.NAME).isEqualTo("article-glue-job-choice-annotated");
  }

  @Test
  void theWorkflowIndexListsTheAnnotatedBuilderMethods() {
    var entries = WorkflowIndex.read(getClass().getClassLoader());
    assertThat(entries).extracting(WorkflowIndex.Entry::name).contains("article-glue-job",
        "article-glue-job-with-error-notification", "article-glue-job-choice");
    for (WorkflowIndex.Entry entry : entries) {
      if (ExampleWorkflows.all().containsKey(entry.name())) {
        assertThat(entry.build(getClass().getClassLoader()))
            .isEqualTo(ExampleWorkflows.all().get(entry.name()).get());
      }
    }
  }
}
