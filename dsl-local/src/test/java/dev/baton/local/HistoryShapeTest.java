package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The AWS-shaped history has only the details members of AWS's HistoryEvent: a failed Map
 * iteration has {@code mapIterationFailedEventDetails} with {@code name} and {@code index}
 * (MapIterationEventDetails), and ParallelStateFailed / MapStateFailed have no details at all.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html
 */
class HistoryShapeTest {

  private static JsonNode event(Execution e, String type) {
    for (JsonNode ev : e.historyJson().get("events")) {
      if (ev.get("type").asText().equals(type)) {
        return ev;
      }
    }
    throw new AssertionError("no " + type + " event in " + e.historyJson());
  }

  @Test
  void aFailedMapIterationNamesTheMapAndTheIndex() {
    Execution e = LocalEngine.create().start(Asl.machine("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemProcessor':{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Bad','Cause':'item'}}},"
        + "'End':true}}}"), json("[1]"));
    JsonNode iteration = event(e, "MapIterationFailed");
    assertThat(iteration.get("mapIterationFailedEventDetails")).isEqualTo(json("{'name':'M','index':0}"));
    JsonNode mapFailed = event(e, "MapStateFailed");
    assertThat(mapFailed.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "previousEventId", "timestamp", "type");
    assertThat(event(e, "ExecutionFailed").get("executionFailedEventDetails"))
        .isEqualTo(json("{'error':'Bad','cause':'item'}"));
  }

  @Test
  void aFailedParallelHasNoDetails() {
    Execution e = LocalEngine.create().start(Asl.machine("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
        + "'Branches':[{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Bad','Cause':'branch'}}}],"
        + "'End':true}}}"), json("{}"));
    assertThat(event(e, "ParallelStateFailed").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("id", "previousEventId", "timestamp", "type");
  }

  private static java.util.List<String> types(Execution e) {
    return e.history().stream().map(ev -> ev.type().name()).toList();
  }

  @Test
  void aRetriedParallelRecordsOneParallelStateFailedAfterItsLastAttempt() {
    // LocalStack, whose Step Functions is checked against AWS snapshots, records the state's
    // Failed event once, when no retry is left, before the catcher takes over.
    Execution e = LocalEngine.create().start(Asl.machine("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
        + "'Branches':[{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Bad','Cause':'branch'}}}],"
        + "'Retry':[{'ErrorEquals':['Bad'],'MaxAttempts':1,'IntervalSeconds':1}],"
        + "'Catch':[{'ErrorEquals':['Bad'],'Next':'C'}],'End':true},'C':{'Type':'Pass','End':true}}}"),
        json("{}"));
    assertThat(types(e)).containsSubsequence("ParallelStateStarted", "FailStateEntered",
        "ParallelStateStarted", "FailStateEntered", "ParallelStateFailed", "ParallelStateExited",
        "PassStateEntered");
    assertThat(types(e).stream().filter("ParallelStateFailed"::equals)).hasSize(1);
  }

  @Test
  void aRetriedMapRecordsOneMapStateFailedAfterItsLastAttempt() {
    Execution e = LocalEngine.create().start(Asl.machine("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemProcessor':{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Bad','Cause':'item'}}},"
        + "'Retry':[{'ErrorEquals':['Bad'],'MaxAttempts':1,'IntervalSeconds':1}],'End':true}}}"), json("[1]"));
    assertThat(types(e)).containsSubsequence("MapStateStarted", "MapIterationFailed",
        "MapStateStarted", "MapIterationFailed", "MapStateFailed", "ExecutionFailed");
    assertThat(types(e).stream().filter("MapStateFailed"::equals)).hasSize(1);
  }

  // The next two follow histories recorded on AWS (LocalStack's AWS-validated snapshots,
  // tests/aws/services/stepfunctions/v2/assign/test_assign_base.snapshot.json).

  @Test
  void theFirstStateEnteredPointsBackAtEventZero() {
    Execution e = LocalEngine.create().start(Asl.machine(
        "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','End':true}}}"), json("{}"));
    JsonNode events = e.historyJson().get("events");
    assertThat(events.get(1).get("type").asText()).isEqualTo("PassStateEntered");
    assertThat(events.get(1).get("previousEventId").asLong()).isZero();
    assertThat(events.get(2).get("previousEventId").asLong()).isEqualTo(2);
    assertThat(events.get(3).get("previousEventId").asLong()).isEqualTo(3);
  }

  @Test
  void aStateThatAssignsListsTheAssignedVariablesInItsExitedEvent() {
    Execution e = LocalEngine.create().start(Asl.machine("{'StartAt':'A','States':{"
        + "'A':{'Type':'Pass','Assign':{'n':1,'s':'text','o.$':'$.o'},'Next':'B'},"
        + "'B':{'Type':'Pass','End':true}}}"), json("{'o':{'k':[1]}}"));
    JsonNode exitedA = e.historyJson().get("events").get(2);
    assertThat(exitedA.get("type").asText()).isEqualTo("PassStateExited");
    JsonNode details = exitedA.get("stateExitedEventDetails");
    // each value is the variable's JSON text
    com.fasterxml.jackson.databind.node.ObjectNode expected =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    expected.put("n", "1").put("o", "{\"k\":[1]}").put("s", "\"text\"");
    assertThat(details.get("assignedVariables")).isEqualTo(expected);
    assertThat(details.get("assignedVariablesDetails")).isEqualTo(json("{'truncated':false}"));
    JsonNode exitedB = e.historyJson().get("events").get(4);
    assertThat(exitedB.get("type").asText()).isEqualTo("PassStateExited");
    assertThat(exitedB.get("stateExitedEventDetails").has("assignedVariables")).isFalse();
  }
}
