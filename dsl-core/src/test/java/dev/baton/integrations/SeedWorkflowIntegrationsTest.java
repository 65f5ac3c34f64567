package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.expr.Path;
import dev.baton.model.Template;
import org.junit.jupiter.api.Test;

/** The three calls of the seed workflows (/work/shared/seed/workflow-*.asl.json), written with the typed integrations. */
class SeedWorkflowIntegrationsTest {

  @Test
  void glueStartJobRunSyncWithJobName() {
    Glue glue = Glue.startJobRun("GLUE_JOB_NAME").sync();

    assertThat(glue.resource()).isEqualTo("arn:aws:states:::glue:startJobRun.sync");
    assertThat(TemplateText.parameters(glue)).isEqualTo("{\"JobName\":\"GLUE_JOB_NAME\"}");
    assertThat(glue.missingRequiredFields()).isEmpty();
  }

  @Test
  void plainLambdaFunctionArnWithoutParameters() {
    Integration fetch = Lambda.function("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME");

    assertThat(fetch.resource()).isEqualTo("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME");
    assertThat(fetch.parameters()).isEmpty();
    assertThat(fetch.pattern()).isEqualTo(IntegrationPattern.REQUEST_RESPONSE);
    assertThat(fetch.startsWorkflow()).isEmpty();
  }

  @Test
  void snsPublishWithSubjectAndAPathMessage() {
    Sns notify = Sns.publish("TOPIC_ARN")
        .subject("[SQL QUERY]: Here's your query result")
        .message(Path.of("$.data.lambdaresult"));

    assertThat(notify.resource()).isEqualTo("arn:aws:states:::sns:publish");
    Template.ObjectTemplate parameters = notify.parameters().orElseThrow();
    assertThat(parameters.fields()).containsOnlyKeys("TopicArn", "Subject", "Message");
    assertThat(parameters.fields().keySet()).containsExactly("TopicArn", "Subject", "Message");
    assertThat(parameters.fields().get("Message")).isInstanceOfSatisfying(Template.Dynamic.class,
        dynamic -> assertThat(dynamic.text()).isEqualTo("$.data.lambdaresult"));
    assertThat(TemplateText.render(parameters)).isEqualTo(
        "{\"TopicArn\":\"TOPIC_ARN\",\"Subject\":\"[SQL QUERY]: Here's your query result\","
            + "\"Message.$\":\"$.data.lambdaresult\"}");
  }

  @Test
  void snsErrorNotificationOfWorkflowTwo() {
    Sns notifyError = Sns.publish("TOPIC_ARN")
        .subject("[ERROR]: Step Functions workflow failed")
        .message(Path.of("$.error"));

    assertThat(TemplateText.parameters(notifyError)).isEqualTo(
        "{\"TopicArn\":\"TOPIC_ARN\",\"Subject\":\"[ERROR]: Step Functions workflow failed\",\"Message.$\":\"$.error\"}");
  }
}
