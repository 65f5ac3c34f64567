package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Path;
import dev.baton.model.QueryLanguage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepFunctionsTest {
  private static final String CHILD = "arn:aws:states:eu-west-1:123456789012:stateMachine:child";

  @Test
  void startByArn() {
    StepFunctions start = StepFunctions.startExecution(CHILD).input(Path.of("$.order")).name("order-42").syncJson();

    assertThat(start.resource()).isEqualTo("arn:aws:states:::states:startExecution.sync:2");
    assertThat(start.startsWorkflow()).isEmpty();
    assertThat(TemplateText.parameters(start)).isEqualTo(
        "{\"StateMachineArn\":\"" + CHILD + "\",\"Input.$\":\"$.order\",\"Name\":\"order-42\"}");
  }

  @Test
  void startAnotherBatonWorkflowByName() {
    StepFunctions start = StepFunctions.startExecutionOf("glue-report").sync();

    assertThat(start.startsWorkflow()).contains("glue-report");
    assertThat(((Integration) start).startsWorkflow()).contains("glue-report");
    assertThat(start.waitForTaskToken().startsWorkflow()).as("kept by the setters").contains("glue-report");
    assertThat(TemplateText.parameters(start)).isEqualTo(
        "{\"StateMachineArn\":\"arn:aws:states:${AWS::Region}:${AWS::AccountId}:stateMachine:glue-report\"}");
    assertThat(start).isNotEqualTo(StepFunctions.startExecution(
        "arn:aws:states:${AWS::Region}:${AWS::AccountId}:stateMachine:glue-report").sync());
    assertThat(start).isEqualTo(StepFunctions.startExecutionOf("glue-report").sync());
  }

  @Test
  void workflowNamesFollowTheStateMachineNameRules() {
    assertThatThrownBy(() -> StepFunctions.startExecutionOf("glue report"))
        .hasMessageStartingWith("'glue report' is not a valid state machine name");
    assertThatThrownBy(() -> StepFunctions.startExecutionOf("a/b")).hasMessageStartingWith("'a/b' is not a valid");
    assertThatThrownBy(() -> StepFunctions.startExecutionOf("x".repeat(81))).hasMessageContaining("1 to 80 characters");
    assertThatThrownBy(() -> StepFunctions.startExecutionOf("")).hasMessage("workflow name must not be blank");
  }

  @Test
  void associateWithParentAddsTheExecutionIdToTheInput() {
    StepFunctions start = StepFunctions.startExecutionOf("child")
        .input(Map.of("order", Path.of("$.order")))
        .associateWithParent();
    assertThat(TemplateText.parameters(start)).isEqualTo(
        "{\"StateMachineArn\":\"arn:aws:states:${AWS::Region}:${AWS::AccountId}:stateMachine:child\","
            + "\"Input\":{\"order.$\":\"$.order\",\"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$\":\"$$.Execution.Id\"}}");

    StepFunctions jsonata = StepFunctions.startExecution(CHILD).associateWithParent(QueryLanguage.JSONATA);
    assertThat(jsonata.field("Input").map(TemplateText::render).orElseThrow())
        .contains("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID")
        .contains("$states.context.Execution.Id");

    assertThatThrownBy(() -> StepFunctions.startExecution(CHILD).input(Path.of("$")).associateWithParent())
        .hasMessage("cannot put 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID' into Input: it is set to a path, not an object");
  }
}
