package dev.baton.examples.seed;

import static dev.baton.local.ExecutionAssert.assertExecution;

import dev.baton.examples.ExampleRuns;
import dev.baton.local.Execution;
import dev.baton.local.LocalEngine;
import dev.baton.local.Mocks;
import dev.baton.local.junit.BatonTest;
import org.junit.jupiter.api.Test;

/**
 * Runs the article's three workflows on the local engine with mocked Glue, Lambda and SNS, the
 * way the README tells users to write workflow tests.
 */
@BatonTest
class ArticleWorkflowsRunTest {

  private static final String QUERY_RESULT = ExampleRuns.ARTICLE_QUERY_RESULT;

  /** Glue succeeds, the Lambda returns {@code QUERY_RESULT}, SNS publishes (the main job's mocks). */
  private static LocalEngine.Builder happyPath(LocalEngine.Builder engine) {
    return ExampleRuns.articleServices(engine);
  }

  @Test
  void correctedWorkflowOneNotifiesTheQueryResult(LocalEngine.Builder engine) {
    Execution run = happyPath(engine).build().start(ArticleWorkflows.glueJobCorrected(), "{}");
    assertExecution(run)
        .succeeded()
        .visitedInOrder("Run Glue Job", "Fetch Data", "SNS Notify")
        .stateOutput("Fetch Data", "{\"lambdaresult\":" + QUERY_RESULT + "}")
        .stateInput("SNS Notify", "{\"lambdaresult\":" + QUERY_RESULT + "}");
  }

  @Test
  void publishedWorkflowOneFailsAtRunTimeWhereTheValidatorSaidItWould(LocalEngine.Builder engine) {
    Execution run = happyPath(engine).build().start(ArticleWorkflows.glueJob(), "{}");
    assertExecution(run)
        .failedWith("States.Runtime", "$.data.lambdaresult")
        .visitedInOrder("Run Glue Job", "Fetch Data", "SNS Notify");
  }

  @Test
  void workflowTwoNotifiesAndFailsWhenGlueFails(LocalEngine.Builder engine) {
    Execution run = engine
        .mock("Run Glue Job", Mocks.failing("Glue.ConcurrentRunsExceededException", "too many runs"))
        .mock("Notify Error Message", Mocks.echo())
        .build()
        .start(ArticleWorkflows.glueJobWithErrorNotificationCorrected(), "{\"day\":\"2024-06-01\"}");
    assertExecution(run)
        .failed()
        .visitedInOrder("Run Glue Job", "Notify Error Message", "Workflow Failure")
        .stateInput("Notify Error Message", "{\"day\":\"2024-06-01\",\"error\":"
            + "{\"Error\":\"Glue.ConcurrentRunsExceededException\",\"Cause\":\"too many runs\"}}");
  }

  @Test
  void workflowThreeRunsGlueJobBWhenTheConfigurationSaysSo(LocalEngine.Builder engine) {
    Execution run = engine
        .mock("Fetch Config", Mocks.returning("\"Choice B\""))
        .mock("Glue Job B", Mocks.returning("{\"JobRunState\":\"SUCCEEDED\"}"))
        .mock("Fetch Data", Mocks.returning(QUERY_RESULT))
        .mock("SNS Notify", Mocks.echo())
        .build()
        .start(ArticleWorkflows.glueJobChoiceCorrected(), "{}");
    assertExecution(run)
        .succeeded()
        .visitedInOrder("Fetch Config", "Choice Glue", "Glue Job B", "Fetch Data", "SNS Notify")
        .didNotVisit("Glue Job A");
  }

  @Test
  void workflowThreeFallsBackToGlueJobA(LocalEngine.Builder engine) {
    Execution run = engine
        .mock("Fetch Config", Mocks.returning("\"something else\""))
        .mock("Glue Job A", Mocks.returning("{}"))
        .mock("Fetch Data", Mocks.returning(QUERY_RESULT))
        .mock("SNS Notify", Mocks.echo())
        .build()
        .start(ArticleWorkflows.glueJobChoiceCorrected(), "{}");
    assertExecution(run).succeeded().visited("Choice Glue", "Glue Job A").didNotVisit("Glue Job B");
  }

  /** The README's example, as written there. */
  @Test
  void notifiesTheQueryResult(LocalEngine.Builder engine) {
    Execution run = engine
        .mock("Run Glue Job", Mocks.returning("{\"JobRunState\":\"SUCCEEDED\"}"))
        .mock("Fetch Data", Mocks.returning("{\"rows\":3}"))
        .mock("SNS Notify", Mocks.echo())
        .build()
        .start(ArticleWorkflows.glueJobCorrected(), "{}");

    assertExecution(run)
        .succeeded()
        .visitedInOrder("Run Glue Job", "Fetch Data", "SNS Notify")
        .stateInput("SNS Notify", "{\"lambdaresult\":{\"rows\":3}}");
  }
}
