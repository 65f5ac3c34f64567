package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.AslReader;
import dev.baton.model.StateMachine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code .waitForTaskToken} callbacks and nested {@code states:startExecution}. */
class CallbackNestedTest {

  private static final StateMachine APPROVAL = AslReader.read("""
      {"StartAt":"Ask","States":{
        "Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
               "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
               "TimeoutSeconds":3600,"HeartbeatSeconds":600,"ResultPath":"$.answer","End":true}}}""");

  private final LocalEngine engine = LocalEngine.builder()
      .mockResource("arn:aws:states:::sqs:sendMessage.waitForTaskToken", Mocks.awaitCallback())
      .build();

  @Test
  void waitsForTheTokenThenContinuesWithTheSentResult() {
    Execution e = engine.start(APPROVAL, json("{'id':1}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.RUNNING);
    String token = e.taskToken("Ask");
    assertThat(e.visitsOf("Ask")).hasSize(1);
    engine.sendTaskSuccess(token, json("{'approved':true}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'id':1,'answer':{'approved':true}}"));
  }

  @Test
  void theMockSeesTheTokenInItsInputAndContext() {
    String[] seen = new String[2];
    LocalEngine e2 = LocalEngine.builder().mockResource("arn:aws:states:::sqs:sendMessage.waitForTaskToken", inv -> {
      seen[0] = inv.input().path("MessageBody").path("token").asText();
      seen[1] = inv.taskToken().orElseThrow();
      return MockResponse.awaitCallback();
    }).build();
    Execution e = e2.start(APPROVAL, json("{}"));
    assertThat(seen[0]).isEqualTo(seen[1]).isEqualTo(e.taskToken("Ask"));
  }

  @Test
  void sendTaskFailureFailsTheTask() {
    Execution e = engine.start(APPROVAL, json("{}"));
    engine.sendTaskFailure(e.taskToken("Ask"), "Rejected", "no budget");
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("Rejected");
    assertThat(e.cause()).contains("no budget");
  }

  @Test
  void heartbeatsKeepTheTaskAliveUntilTheyStop() {
    Execution e = engine.start(APPROVAL, json("{}"));
    String token = e.taskToken("Ask");
    e.advanceTime(Duration.ofSeconds(500));
    engine.sendTaskHeartbeat(token);
    e.advanceTime(Duration.ofSeconds(500));
    assertThat(e.status()).isEqualTo(ExecutionStatus.RUNNING);
    e.advanceTime(Duration.ofSeconds(200));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("States.HeartbeatTimeout");
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(1100));
    assertThatThrownBy(() -> engine.sendTaskSuccess(token, "{}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(token);
  }

  @Test
  void timeoutSecondsBoundsTheWait() {
    StateMachine noHeartbeat = AslReader.read(APPROVAL.toJson().replace("\"HeartbeatSeconds\" : 600,", "")
        .replace("\"HeartbeatSeconds\": 600,", ""));
    Execution e = engine.start(noHeartbeat, json("{}"));
    e.advanceTime(Duration.ofHours(2));
    assertThat(e.error()).contains("States.Timeout");
    assertThat(e.duration()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void stopAbortsARunningExecution() {
    Execution e = engine.start(APPROVAL, json("{}"));
    e.stop("Operator", "stopped by hand");
    assertThat(e.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(e.pendingTaskTokens()).isEmpty();
  }

  private static final StateMachine CHILD = AslReader.read("""
      {"StartAt":"Double","States":{"Double":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, $.n)"},"End":true}}}""");

  private static StateMachine parent(String resource) {
    return AslReader.read("""
        {"StartAt":"Start","States":{"Start":{"Type":"Task","Resource":"%s",
          "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:child","Input":{"n.$":"$.n"}},
          "End":true}}}""".formatted(resource));
  }

  @Test
  void syncReturnsDescribeExecutionWithOutputAsText() {
    LocalEngine nested = LocalEngine.create().register("child", CHILD);
    Execution e = nested.start(parent("arn:aws:states:::states:startExecution.sync"), json("{'n':4}"));
    JsonNode out = e.output().orElseThrow();
    assertThat(out.get("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(out.get("Output").asText()).isEqualTo("{\"n\":8}");
    assertThat(out.get("ExecutionArn").asText()).contains(":execution:child:");
  }

  @Test
  void sync2ReturnsOutputAsJson() {
    LocalEngine nested = LocalEngine.create().register("child", CHILD);
    Execution e = nested.start(parent("arn:aws:states:::states:startExecution.sync:2"), json("{'n':4}"));
    assertThat(e.output().orElseThrow().get("Output")).isEqualTo(json("{'n':8}"));
  }

  @Test
  void fireAndForgetReturnsArnAndStartDate() {
    LocalEngine nested = LocalEngine.create().register("child", CHILD);
    Execution e = nested.start(parent("arn:aws:states:::states:startExecution"), json("{'n':4}"));
    assertThat(e.output().orElseThrow().fieldNames()).toIterable().containsExactly("ExecutionArn", "StartDate");
  }

  @Test
  void failedChildFailsTheSyncTask() {
    LocalEngine nested = LocalEngine.create().register("child", AslReader.read(
        "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"ChildBroke\"}}}"));
    Execution e = nested.start(parent("arn:aws:states:::states:startExecution.sync"), json("{'n':4}"));
    assertThat(e.error()).contains("States.TaskFailed");
    assertThat(e.cause().orElseThrow()).contains("ChildBroke");
  }

  @Test
  void unregisteredChildFailsWithAHelpfulCause() {
    Execution e = LocalEngine.create().start(parent("arn:aws:states:::states:startExecution.sync"), json("{'n':4}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.cause().orElseThrow()).contains("register(\"child\"");
  }

  @Test
  void aChildArnWithAnAliasFindsTheRegisteredWorkflow() {
    LocalEngine nested = LocalEngine.create().register("child", CHILD);
    Execution e = nested.start(AslReader.read("""
        {"StartAt":"Start","States":{"Start":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
          "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:child:live","Input":"{\\"n\\":1}"},
          "End":true}}}"""), json("{}"));
    assertThat(e.output().orElseThrow().get("Output")).as("%s", e).isEqualTo(json("{'n':2}"));
  }

  @Test
  void everyMapIterationWaitsForItsOwnToken() {
    Execution e = engine.start(AslReader.read("""
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"Ask","States":{
          "Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                 "Parameters":{"QueueUrl":"q","MessageBody.$":"$"},"End":true}}},"End":true}}}"""), json("['a','b']"));
    java.util.List<String> tokens = e.taskTokens("Ask");
    assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
    engine.sendTaskSuccess(tokens.get(1), "\"second\"");
    assertThat(e.isRunning()).isTrue();
    engine.sendTaskSuccess(tokens.get(0), "\"first\"");
    assertThat(e.output().orElseThrow()).isEqualTo(json("['first','second']"));
  }

  @Test
  void aWaitingTaskInAStoppedBranchNoLongerWaits() {
    LocalEngine e2 = LocalEngine.builder()
        .mockResource("arn:aws:states:::sqs:sendMessage.waitForTaskToken", Mocks.awaitCallback())
        .mock("Bad", Mocks.failing("Broken", "no"))
        .build();
    Execution e = e2.start(AslReader.read("""
        {"TimeoutSeconds":100,"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
          {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
             "Parameters":{"QueueUrl":"q","MessageBody":"x"},"End":true}}},
          {"StartAt":"Bad","States":{"Bad":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","End":true}}}],
          "Catch":[{"ErrorEquals":["Broken"],"Next":"W"}],"End":true},
          "W":{"Type":"Wait","Seconds":1000,"End":true}}}"""), json("{}"));
    assertThat(e.pendingTaskTokens()).isEmpty();
    assertThat(e.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
  }
}
