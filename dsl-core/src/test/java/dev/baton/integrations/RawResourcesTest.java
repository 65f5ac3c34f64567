package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Path;
import dev.baton.model.Template;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lambda.function, Activity, Resource, and the pattern an Integration reads from its resource. */
class RawResourcesTest {

  @Test
  void lambdaFunctionAcceptsArnsWithQualifierAndPlaceholders() {
    assertThat(Lambda.function("arn:aws:lambda:eu-west-1:123456789012:function:f:live").resource())
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:f:live");
    assertThat(Lambda.function("${FetchFunctionArn}").resource()).isEqualTo("${FetchFunctionArn}");
    assertThat(Lambda.function("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME"))
        .isEqualTo(Lambda.function("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME"));
    assertThatThrownBy(() -> Lambda.function("my-function"))
        .hasMessage("'my-function' is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT_ID:function:NAME); "
            + "to invoke by name use Lambda.invoke(\"my-function\")");
    assertThatThrownBy(() -> Lambda.function("arn:aws:states:::lambda:invoke")).hasMessageContaining("is not a Lambda function ARN");
  }

  @Test
  void activity() {
    Activity activity = Activity.of("arn:aws:states:eu-west-1:123456789012:activity:approve");
    assertThat(activity.resource()).isEqualTo("arn:aws:states:eu-west-1:123456789012:activity:approve");
    assertThat(activity.parameters()).isEmpty();
    assertThat(activity.pattern()).isEqualTo(IntegrationPattern.REQUEST_RESPONSE);
    assertThat(Activity.of("${ApproveActivity}").resource()).isEqualTo("${ApproveActivity}");
    assertThatThrownBy(() -> Activity.of("arn:aws:states:eu-west-1:123456789012:stateMachine:x"))
        .hasMessage("'arn:aws:states:eu-west-1:123456789012:stateMachine:x' is not an activity ARN "
            + "(arn:aws:states:REGION:ACCOUNT_ID:activity:NAME)");
  }

  @Test
  void resourceEscapeHatch() {
    Resource emr = Resource.of("arn:aws:states:::elasticmapreduce:createCluster.sync")
        .parameter("Name", "cluster")
        .parameter("ReleaseLabel", Path.of("$.release"));

    assertThat(emr.resource()).isEqualTo("arn:aws:states:::elasticmapreduce:createCluster.sync");
    assertThat(emr.pattern()).isEqualTo(IntegrationPattern.RUN_JOB);
    assertThat(TemplateText.parameters(emr)).isEqualTo("{\"Name\":\"cluster\",\"ReleaseLabel.$\":\"$.release\"}");
    assertThat(Resource.of("arn:aws:states:::ecs:runTask").parameters()).isEmpty();

    Resource replaced = emr.parameters(Map.of("Name", "other"));
    assertThat(TemplateText.parameters(replaced)).isEqualTo("{\"Name\":\"other\"}");
    assertThat(TemplateText.parameters(emr)).as("unchanged").contains("ReleaseLabel");

    Template.ObjectTemplate read = new Template.ObjectTemplate(Map.of("A", Template.of(1)));
    assertThat(Resource.of("x").parameters(read).parameters()).contains(read);
    assertThat(Resource.of("x").parameter("a", 1)).isEqualTo(Resource.of("x").parameter("a", 1));

    assertThatThrownBy(() -> Resource.of(" ")).hasMessage("Resource must not be blank");
    assertThatThrownBy(() -> Resource.of("x").parameters("text")).hasMessage("Parameters must be an object, not text");
    assertThatThrownBy(() -> Resource.of("x").parameter("A.$", "$.a")).hasMessageContaining("without .$");
  }

  @Test
  void theDefaultPatternIsReadFromAnOptimisedResourceSuffix() {
    assertThat(Resource.of("arn:aws:states:::states:startExecution.sync:2").pattern()).isEqualTo(IntegrationPattern.RUN_JOB_JSON);
    assertThat(Resource.of("arn:aws:states:::states:startExecution.sync").pattern()).isEqualTo(IntegrationPattern.RUN_JOB);
    assertThat(Resource.of("arn:aws:states:::sqs:sendMessage.waitForTaskToken").pattern())
        .isEqualTo(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    assertThat(Resource.of("arn:aws:states:::sqs:sendMessage").pattern()).isEqualTo(IntegrationPattern.REQUEST_RESPONSE);
    assertThat(Resource.of("arn:aws:states:eu-west-1:123456789012:activity:a.sync").pattern())
        .as("an activity name is not a suffix").isEqualTo(IntegrationPattern.REQUEST_RESPONSE);
  }
}
