package dev.baton.examples.annotated;

import dev.baton.annotations.Catch;
import dev.baton.annotations.Choice;
import dev.baton.annotations.Fail;
import dev.baton.annotations.Rule;
import dev.baton.annotations.StateMachine;
import dev.baton.annotations.Task;

/**
 * The article's workflow 3 (corrected), declared with annotations instead of the builder: a Lambda
 * function picks Glue job A or B, errors are sent by SNS before failing.
 *
 * <p>At compile time Baton's processor validates it (syntax, structure, data flow) and writes
 * {@code stepfunctions/article-glue-job-choice-annotated.asl.json} into the class output; the
 * generated {@code GlueJobChoiceWorkflow.stateMachine()} returns it as a model. Its JSON is
 * tree-equal to {@link dev.baton.examples.seed.ArticleWorkflows#glueJobChoiceCorrected()}.
 *
 * <p>The state names are constants so that a {@code next} is checked by javac too; a reference to
 * a constant declared further down must be qualified ({@code GlueJobChoice.FETCH_DATA}), which is
 * Java's rule for forward references. The ARNs are the article's placeholders, which the deployer
 * substitutes: their warning is suppressed here on purpose.
 */
@StateMachine(name = "article-glue-job-choice-annotated")
@SuppressWarnings("baton:lint.placeholder-arn")
public interface GlueJobChoice {
  /** The Lambda function of the article (a placeholder ARN). */
  String FUNCTION = "arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME";

  @Task(resource = FUNCTION, resultPath = "$.data.configuration", outputPath = "$.data",
      next = GlueJobChoice.CHOICE_GLUE)
  String FETCH_CONFIG = "Fetch Config";

  @Choice(rules = {
      @Rule(variable = "$.configuration", operator = "StringEquals", value = "Choice A",
          next = GlueJobChoice.GLUE_JOB_A),
      @Rule(variable = "$.configuration", operator = "StringEquals", value = "Choice B",
          next = GlueJobChoice.GLUE_JOB_B)},
      defaultNext = GlueJobChoice.GLUE_JOB_A)
  String CHOICE_GLUE = "Choice Glue";

  @Task(resource = "arn:aws:states:::glue:startJobRun.sync", parameters = """
      {"JobName": "GLUE_JOB_A_NAME"}""", next = GlueJobChoice.FETCH_DATA)
  @Catch(errors = "States.ALL", resultPath = "$.error", next = GlueJobChoice.NOTIFY_ERROR)
  String GLUE_JOB_A = "Glue Job A";

  @Task(resource = "arn:aws:states:::glue:startJobRun.sync", parameters = """
      {"JobName": "GLUE_JOB_B_NAME"}""", next = GlueJobChoice.FETCH_DATA)
  @Catch(errors = "States.ALL", resultPath = "$.error", next = GlueJobChoice.NOTIFY_ERROR)
  String GLUE_JOB_B = "Glue Job B";

  @Task(resource = FUNCTION, resultPath = "$.data.lambdaresult", outputPath = "$.data",
      next = GlueJobChoice.SNS_NOTIFY)
  String FETCH_DATA = "Fetch Data";

  @Task(resource = "arn:aws:states:::sns:publish", parameters = """
      {"TopicArn": "TOPIC_ARN", "Subject": "[SQL QUERY]: Here's your query result", "Message.$": "$.lambdaresult"}""")
  String SNS_NOTIFY = "SNS Notify";

  @Task(resource = "arn:aws:states:::sns:publish", parameters = """
      {"TopicArn": "TOPIC_ARN", "Subject": "[ERROR]: Step Functions workflow failed", "Message.$": "$.error"}""",
      next = GlueJobChoice.WORKFLOW_FAILURE)
  String NOTIFY_ERROR = "Notify Error Message";

  @Fail
  String WORKFLOW_FAILURE = "Workflow Failure";
}
