package dev.baton.examples.seed;

import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.Baton.variable;

import dev.baton.dsl.Chain;
import dev.baton.dsl.TaskStep;
import dev.baton.dsl.Workflow;
import dev.baton.integrations.Glue;
import dev.baton.integrations.Lambda;
import dev.baton.integrations.Sns;
import dev.baton.model.StateMachine;

/**
 * The three workflows of the article Baton started from ("AWS Step Functions - L'orchestrateur de
 * services Serverless"), written with the DSL, as published and corrected.
 *
 * <p>The published versions ({@link #glueJob()}, ...) write exactly the article's JSON, including
 * its bug: "Fetch Data" keeps only {@code $.data} (OutputPath), so "SNS Notify" receives
 * {@code {"lambdaresult": ...}} and its {@code $.data.lambdaresult} can never resolve. They are
 * known-bad and built with the data-flow check off; a test asserts that the check finds the bug.
 * The corrected versions ({@link #glueJobCorrected()}, ...) read {@code $.lambdaresult} and pass
 * every check; they are the ones {@code mvn package} writes.
 *
 * <p>The ARNs are the article's placeholders ({@code REGION}, {@code ACCOUNT_ID}, ...): the deployer
 * substitutes them before a definition goes to AWS.
 */
public final class ArticleWorkflows {
  static final String FUNCTION = "arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME";
  static final String TOPIC = "TOPIC_ARN";

  private ArticleWorkflows() {}

  /** Where the article's "SNS Notify" reads the Lambda result: a path that cannot resolve. */
  static final String PUBLISHED_MESSAGE_PATH = "$.data.lambdaresult";
  /** Where the Lambda result really is after "Fetch Data"'s OutputPath. */
  static final String CORRECT_MESSAGE_PATH = "$.lambdaresult";

  /** Workflow 1 as published (known-bad): run a Glue job, then a Lambda function, then notify by SNS. */
  public static StateMachine glueJob() {
    return glueJob(PUBLISHED_MESSAGE_PATH).checkFlow(false).build();
  }

  /** Workflow 1, corrected. */
  @dev.baton.annotations.Workflow(name = "article-glue-job")
  public static StateMachine glueJobCorrected() {
    return glueJob(CORRECT_MESSAGE_PATH).build();
  }

  /** Workflow 2 as published (known-bad): workflow 1, with the Glue job's errors sent by SNS before failing. */
  public static StateMachine glueJobWithErrorNotification() {
    return glueJobWithErrorNotification(PUBLISHED_MESSAGE_PATH).checkFlow(false).build();
  }

  /** Workflow 2, corrected. */
  @dev.baton.annotations.Workflow(name = "article-glue-job-with-error-notification")
  public static StateMachine glueJobWithErrorNotificationCorrected() {
    return glueJobWithErrorNotification(CORRECT_MESSAGE_PATH).build();
  }

  /** Workflow 3 as published (known-bad): a Lambda function picks Glue job A or B. */
  public static StateMachine glueJobChoice() {
    return glueJobChoice(PUBLISHED_MESSAGE_PATH).checkFlow(false).build();
  }

  /** Workflow 3, corrected. */
  @dev.baton.annotations.Workflow(name = "article-glue-job-choice")
  public static StateMachine glueJobChoiceCorrected() {
    return glueJobChoice(CORRECT_MESSAGE_PATH).build();
  }

  private static Workflow glueJob(String messagePath) {
    return Workflow.startingWith(
        task("Run Glue Job", Glue.startJobRun("GLUE_JOB_NAME").sync())
            .next(fetchDataThenNotify(messagePath)));
  }

  private static Workflow glueJobWithErrorNotification(String messagePath) {
    return Workflow.startingWith(
        task("Run Glue Job", Glue.startJobRun("GLUE_JOB_NAME").sync())
            .catchAll(c -> c.resultPath("$.error").next(notifyErrorThenFail()))
            .next(fetchDataThenNotify(messagePath)));
  }

  private static Workflow glueJobChoice(String messagePath) {
    Chain notifyError = notifyErrorThenFail();
    Chain fetchData = fetchDataThenNotify(messagePath);
    TaskStep glueA = task("Glue Job A", Glue.startJobRun("GLUE_JOB_A_NAME").sync())
        .catchAll(c -> c.resultPath("$.error").next(notifyError));
    glueA.next(fetchData);
    TaskStep glueB = task("Glue Job B", Glue.startJobRun("GLUE_JOB_B_NAME").sync())
        .catchAll(c -> c.resultPath("$.error").next(notifyError));
    glueB.next(fetchData);
    return Workflow.startingWith(
        task("Fetch Config", Lambda.function(FUNCTION))
            .resultPath("$.data.configuration")
            .outputPath("$.data")
            .next(choice("Choice Glue")
                .when(variable("$.configuration").stringEquals("Choice A"), glueA)
                .when(variable("$.configuration").stringEquals("Choice B"), glueB)
                .otherwise(glueA)));
  }

  private static Chain fetchDataThenNotify(String messagePath) {
    return task("Fetch Data", Lambda.function(FUNCTION))
        .resultPath("$.data.lambdaresult")
        .outputPath("$.data")
        .next(task("SNS Notify", Sns.publish(TOPIC)
            .subject("[SQL QUERY]: Here's your query result")
            .message(path(messagePath))));
  }

  private static Chain notifyErrorThenFail() {
    return task("Notify Error Message", Sns.publish(TOPIC)
            .subject("[ERROR]: Step Functions workflow failed")
            .message(path("$.error")))
        .next(fail("Workflow Failure"));
  }
}
