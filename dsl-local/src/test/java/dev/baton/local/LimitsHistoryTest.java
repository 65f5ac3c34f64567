package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.json.AslReader;
import dev.baton.model.ExecutionType;
import dev.baton.model.StateMachine;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** History events, the 25,000-event limit, transitions and the cost estimate. */
class LimitsHistoryTest {

  private static final StateMachine LOOP = AslReader.read("""
      {"StartAt":"Init","States":{
        "Init":{"Type":"Pass","Parameters":{"i":0,"n.$":"$.n"},"Next":"Check"},
        "Check":{"Type":"Choice","Choices":[{"Variable":"$.i","NumericLessThanPath":"$.n","Next":"Inc"}],"Default":"Done"},
        "Inc":{"Type":"Pass","Parameters":{"i.$":"States.MathAdd($.i, 1)","n.$":"$.n"},"Next":"Check"},
        "Done":{"Type":"Succeed"}}}""");

  @Test
  void historyHasAwsEventTypesInOrder() {
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.returning(1)).build();
    Execution e = engine.start(AslReader.read("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","Next":"T"},
          "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}"""),
        json("{}"));
    assertThat(e.history()).extracting(HistoryEvent::type).containsExactly(
        HistoryEventType.ExecutionStarted, HistoryEventType.PassStateEntered, HistoryEventType.PassStateExited,
        HistoryEventType.TaskStateEntered, HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted,
        HistoryEventType.TaskSucceeded, HistoryEventType.TaskStateExited, HistoryEventType.ExecutionSucceeded);
    assertThat(e.history()).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    var scheduled = e.historyJson().get("events").get(4);
    assertThat(scheduled.get("type").asText()).isEqualTo("TaskScheduled");
    assertThat(scheduled.get("previousEventId").asLong()).isEqualTo(4);
    assertThat(scheduled.get("taskScheduledEventDetails").get("resourceType").asText()).isEqualTo("lambda");
    assertThat(scheduled.get("taskScheduledEventDetails").get("resource").asText()).isEqualTo("invoke");
    assertThat(scheduled.get("taskScheduledEventDetails").get("parameters").asText()).isEqualTo("{\"FunctionName\":\"f\"}");
    assertThat(e.historyJson().get("events").get(1).get("stateEnteredEventDetails").get("name").asText()).isEqualTo("P");
  }

  @Test
  void transitionsAndStandardCost() {
    Execution e = LocalEngine.create().start(LOOP, json("{'n':10}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    // Init + 11 Checks + 10 Incs + Done
    assertThat(e.transitions()).isEqualTo(23);
    assertThat(e.cost().usd()).isEqualByComparingTo(new BigDecimal("0.000575"));
  }

  @Test
  void standardExecutionFailsPast25000HistoryEvents() {
    Execution e = LocalEngine.create().start(LOOP, json("{'n':10000}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("States.Runtime");
    assertThat(e.cause().orElseThrow()).contains("25000");
    assertThat(e.history()).hasSize(25_000);
  }

  @Test
  void expressExecutionHasNoHistoryLimitAndCostsPerRequestAndDuration() {
    Execution e = LocalEngine.builder().executionType(ExecutionType.EXPRESS).build().start(LOOP, json("{'n':10000}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.output().orElseThrow().get("i").asInt()).isEqualTo(10000);
    // zero simulated time: one request plus 100 ms at 64 MB
    assertThat(e.cost().billedMillis()).isEqualTo(100);
    assertThat(e.cost().usd()).isEqualByComparingTo(new BigDecimal("0.000001").add(
        new BigDecimal("0.1").multiply(new BigDecimal("0.0625")).multiply(new BigDecimal("0.00001667"))));
  }

  @Test
  void stateVisitsGiveInputsOutputsAndOrder() {
    Execution e = LocalEngine.create().start(LOOP, json("{'n':1}"));
    assertThat(e.statesEntered()).containsExactly("Init", "Check", "Inc", "Check", "Done");
    assertThat(e.visitsOf("Inc").get(0).input()).isEqualTo(json("{'i':0,'n':1}"));
    assertThat(e.visitsOf("Inc").get(0).output()).contains(json("{'i':1,'n':1}"));
  }

  @Test
  void expressExecutionsRunAtMostFiveMinutes() {
    Execution e = LocalEngine.builder().executionType(ExecutionType.EXPRESS).build().start(AslReader.read("""
        {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":400,"End":true}}}"""), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(e.duration()).isEqualTo(java.time.Duration.ofMinutes(5));
  }

  @Test
  void anEndlessZeroTimeLoopIsStoppedByTheTransitionCap() {
    Execution e = LocalEngine.builder().executionType(ExecutionType.EXPRESS).maxTransitions(1000).build()
        .start(AslReader.read("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Next":"A"}}}"""), json("{}"));
    assertThat(e.error()).contains("Baton.TransitionLimit");
    assertThat(e.transitions()).isEqualTo(1001);
  }
}
