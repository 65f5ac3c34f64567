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
 * services Serverless"), written with the DSL. Their JSON is exactly the article's, including its
 * bug: "Fetch Data" keeps only {@code $.data}, so "SNS Notify" should read {@code $.lambdaresult},
 * not {@code $.data.lambdaresult}. The path-checking layer of the validator reports it.
 *
 * <p>The ARNs are the article's placeholders ({@code REGION}, {@code ACCOUNT_ID}, ...): the deployer
 * substitutes them before a definition goes to AWS.
 */
public final class ArticleWorkflows {
  static final String FUNCTION = "arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME";
  static final String TOPIC = "TOPIC_ARN";

  private ArticleWorkflows() {}

  /** Workflow 1: run a Glue job, then a Lambda function on its data, then notify by SNS. */
  public static StateMachine glueJob() {
    return Workflow.startingWith(
            task("Run Glue Job", Glue.startJobRun("GLUE_JOB_NAME").sync())
                .next(fetchDataThenNotify()))
        .build();
  }

  /** Workflow 2: workflow 1, with the Glue job's errors sent by SNS before failing. */
  public static StateMachine glueJobWithErrorNotification() {
    return Workflow.startingWith(
            task("Run Glue Job", Glue.startJobRun("GLUE_JOB_NAME").sync())
                .catchAll(c -> c.resultPath("$.error").next(notifyErrorThenFail()))
                .next(fetchDataThenNotify()))
        .build();
  }

  /** Workflow 3: a Lambda function picks Glue job A or B; both go on to the data and the notification. */
  public static StateMachine glueJobChoice() {
    Chain notifyError = notifyErrorThenFail();
    Chain fetchData = fetchDataThenNotify();
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
                    .otherwise(glueA)))
        .build();
  }

  private static Chain fetchDataThenNotify() {
    return task("Fetch Data", Lambda.function(FUNCTION))
        .resultPath("$.data.lambdaresult")
        .outputPath("$.data")
        .next(task("SNS Notify", Sns.publish(TOPIC)
            .subject("[SQL QUERY]: Here's your query result")
            .message(path("$.data.lambdaresult"))));
  }

  private static Chain notifyErrorThenFail() {
    return task("Notify Error Message", Sns.publish(TOPIC)
            .subject("[ERROR]: Step Functions workflow failed")
            .message(path("$.error")))
        .next(fail("Workflow Failure"));
  }
}
