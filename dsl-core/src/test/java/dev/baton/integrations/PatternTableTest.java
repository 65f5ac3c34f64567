package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB_JSON;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pattern table of the AWS Step Functions developer guide ("Integrating optimized services
 * with Step Functions" and the per-service pages), one row per typed integration: every allowed
 * pattern gives its ARN, every other one is refused with a message naming the supported ones.
 */
class PatternTableTest {

  static Stream<Arguments> table() {
    return Stream.of(
        row(Lambda.invoke("fn"), "lambda:invoke", REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
        row(Sns.publish("TOPIC_ARN"), "sns:publish", REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
        row(Sqs.sendMessage("https://sqs.eu-west-1.amazonaws.com/123456789012/q"), "sqs:sendMessage",
            REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
        row(DynamoDb.getItem("t"), "dynamodb:getItem", REQUEST_RESPONSE),
        row(DynamoDb.putItem("t"), "dynamodb:putItem", REQUEST_RESPONSE),
        row(DynamoDb.updateItem("t"), "dynamodb:updateItem", REQUEST_RESPONSE),
        row(DynamoDb.deleteItem("t"), "dynamodb:deleteItem", REQUEST_RESPONSE),
        row(Glue.startJobRun("job"), "glue:startJobRun", REQUEST_RESPONSE, RUN_JOB),
        row(Batch.submitJob("n", "q", "d"), "batch:submitJob", REQUEST_RESPONSE, RUN_JOB),
        row(Ecs.runTask("c", "td"), "ecs:runTask", REQUEST_RESPONSE, RUN_JOB, WAIT_FOR_TASK_TOKEN),
        row(Athena.startQueryExecution("SELECT 1"), "athena:startQueryExecution", REQUEST_RESPONSE, RUN_JOB),
        row(ApiGateway.invoke("abc123.execute-api.eu-west-1.amazonaws.com", "GET"), "apigateway:invoke",
            REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
        row(EventBridge.putEvents(EventBridge.entry("s", "t", "d")), "events:putEvents",
            REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
        row(StepFunctions.startExecution("arn:aws:states:eu-west-1:123456789012:stateMachine:child"),
            "states:startExecution", REQUEST_RESPONSE, RUN_JOB, RUN_JOB_JSON, WAIT_FOR_TASK_TOKEN),
        row(Http.invoke("https://api.example.com", "GET"), "http:invoke", REQUEST_RESPONSE),
        row(AwsSdk.call("s3", "listBuckets"), "aws-sdk:s3:listBuckets", REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN));
  }

  private static Arguments row(ServiceIntegration<?> integration, String name, IntegrationPattern... supported) {
    return Arguments.of(integration, name, EnumSet.copyOf(List.of(supported)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void startsAsRequestResponseWithThePlainArn(ServiceIntegration<?> integration, String name, Set<IntegrationPattern> supported) {
    assertThat(integration.pattern()).isEqualTo(REQUEST_RESPONSE);
    assertThat(integration.resource()).isEqualTo("arn:aws:states:::" + name);
    assertThat(integration.serviceAction().name()).isEqualTo(name);
    assertThat(integration.serviceAction().patterns()).isEqualTo(supported);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void everySupportedPatternGivesItsSuffix(ServiceIntegration<?> integration, String name, Set<IntegrationPattern> supported) {
    for (IntegrationPattern pattern : supported) {
      ServiceIntegration<?> withPattern = integration.pattern(pattern);
      assertThat(withPattern.pattern()).isEqualTo(pattern);
      assertThat(withPattern.resource()).isEqualTo("arn:aws:states:::" + name + pattern.suffix());
      assertThat(((Integration) withPattern).pattern()).isEqualTo(pattern);
      assertThat(withPattern.parameters()).isEqualTo(integration.parameters());
      assertThat(integration.pattern()).as("the original is unchanged").isEqualTo(REQUEST_RESPONSE);
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void everyOtherPatternIsRefusedNamingTheSupportedOnes(
      ServiceIntegration<?> integration, String name, Set<IntegrationPattern> supported) {
    String supportedList = supported.stream().map(IntegrationPattern::displayName).collect(Collectors.joining(", "));
    for (IntegrationPattern pattern : EnumSet.complementOf(EnumSet.copyOf(supported))) {
      assertThatThrownBy(() -> integration.pattern(pattern))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " does not support " + pattern.displayName() + "; it supports " + supportedList);
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("table")
  void theNamedShortcutsMatchThePatterns(ServiceIntegration<?> integration, String name, Set<IntegrationPattern> supported) {
    if (supported.contains(RUN_JOB)) {
      assertThat(integration.sync().pattern()).isEqualTo(RUN_JOB);
    } else {
      assertThatThrownBy(integration::sync).hasMessageStartingWith(name + " does not support .sync;");
    }
    if (supported.contains(RUN_JOB_JSON)) {
      assertThat(integration.syncJson().pattern()).isEqualTo(RUN_JOB_JSON);
    } else {
      assertThatThrownBy(integration::syncJson).hasMessageStartingWith(name + " does not support .sync:2;");
    }
    if (supported.contains(WAIT_FOR_TASK_TOKEN)) {
      assertThat(integration.waitForTaskToken().pattern()).isEqualTo(WAIT_FOR_TASK_TOKEN);
      assertThat(integration.waitForTaskToken().requestResponse().pattern()).isEqualTo(REQUEST_RESPONSE);
    } else {
      assertThatThrownBy(integration::waitForTaskToken)
          .hasMessageStartingWith(name + " does not support .waitForTaskToken;");
    }
  }

  @Test
  void theBriefsExampleMessage() {
    assertThatThrownBy(() -> Sns.publish("TOPIC_ARN").sync())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sns:publish does not support .sync; it supports request-response, .waitForTaskToken");
  }

  @Test
  void dynamoDbSupportsOnlyRequestResponse() {
    assertThatThrownBy(() -> DynamoDb.putItem("t").waitForTaskToken())
        .hasMessage("dynamodb:putItem does not support .waitForTaskToken; it supports request-response");
  }

  @Test
  void theStepFunctionsRowHasAllFourPatterns() {
    var child = StepFunctions.startExecution("arn:aws:states:eu-west-1:123456789012:stateMachine:child");
    assertThat(child.syncJson().resource()).isEqualTo("arn:aws:states:::states:startExecution.sync:2");
    assertThat(child.sync().resource()).isEqualTo("arn:aws:states:::states:startExecution.sync");
    assertThat(child.waitForTaskToken().resource())
        .isEqualTo("arn:aws:states:::states:startExecution.waitForTaskToken");
  }
}
