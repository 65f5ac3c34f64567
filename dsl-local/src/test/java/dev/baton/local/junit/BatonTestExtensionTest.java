package dev.baton.local.junit;

import static dev.baton.local.ExecutionAssert.assertExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.json.AslReader;
import dev.baton.local.Execution;
import dev.baton.local.HistoryEventType;
import dev.baton.local.LocalEngine;
import dev.baton.local.Mocks;
import dev.baton.local.UnmockedTasks;
import dev.baton.model.StateMachine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The JUnit extension injects engines; ExecutionAssert passes and fails with clear messages. */
@BatonTest(unmockedTasks = UnmockedTasks.PASS_THROUGH)
class BatonTestExtensionTest {

  private static final StateMachine FLOW = AslReader.read("""
      {"StartAt":"Validate","States":{
        "Validate":{"Type":"Pass","Parameters":{"total.$":"$.total"},"Next":"Charge"},
        "Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:charge",
                  "Retry":[{"ErrorEquals":["Busy"],"IntervalSeconds":5,"BackoffRate":1}],"ResultPath":"$.paid","Next":"Done"},
        "Done":{"Type":"Succeed"}}}""");

  @Test
  void injectsABuilderConfiguredFromTheAnnotation(LocalEngine.Builder builder) {
    Execution run = builder.build().start(FLOW, "{\"total\":12}");
    assertExecution(run).succeeded().hasOutput("{\"total\":12,\"paid\":{\"total\":12}}");
  }

  @Test
  void fluentAssertionsPass(LocalEngine.Builder builder) {
    Execution run = builder.mock("Charge", Mocks.sequence(Mocks.failing("Busy", "try later"), Mocks.returning(true)))
        .build().start(FLOW, "{\"total\":12}");
    assertExecution(run)
        .succeeded()
        .hasOutputAt("/paid", true)
        .visitedInOrder("Validate", "Charge", "Done")
        .visited("Validate", "Done")
        .didNotVisit("Other")
        .stateInput("Charge", "{\"total\":12}")
        .stateOutput("Charge", "{\"total\":12,\"paid\":true}")
        .retried("Charge", 1)
        .hasTransitions(4)
        .hasHistoryEvents(HistoryEventType.ExecutionStarted, HistoryEventType.TaskFailed,
            HistoryEventType.TaskSucceeded, HistoryEventType.ExecutionSucceeded)
        .tookExactly(Duration.ofSeconds(5));
  }

  @Test
  void failingAssertionsSayWhatHappened(LocalEngine engine) {
    Execution run = engine.start(FLOW, "{}");
    assertThatThrownBy(() -> assertExecution(run).succeeded())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected status SUCCEEDED but it was FAILED with error States.Runtime");
    assertThatThrownBy(() -> assertExecution(run).visitedInOrder("Validate", "Charge"))
        .hasMessageContaining("[Validate]");
    assertThatThrownBy(() -> assertExecution(run).stateOutput("Charge", "{}"))
        .hasMessageContaining("'Charge' to be entered");
    assertExecution(run).failedWith("States.Runtime", "$.total");
  }

  @Test
  void injectsAReadyEngine(LocalEngine engine) {
    assertThat(engine.start(FLOW, "{\"total\":1}").status().name()).isEqualTo("SUCCEEDED");
  }
}
