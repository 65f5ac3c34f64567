package dev.baton.local;

import static dev.baton.local.Asl.json;
import static dev.baton.local.ExecutionAssert.assertExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.json.AslReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Less common fields and error rules: paths for timeouts, Parallel retries, payload limits. */
class MoreConstructsTest {

  private static final String LAMBDA = "\"Resource\":\"arn:aws:lambda:us-east-1:1:function:f\"";

  @Test
  void timeoutSecondsPathIsReadFromTheInput() {
    LocalEngine engine = LocalEngine.builder()
        .mock("T", Mocks.responding(MockResponse.success(json("1")).after(Duration.ofSeconds(30)))).build();
    Execution e = engine.start(AslReader.read("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\"," + LAMBDA
        + ",\"TimeoutSecondsPath\":\"$.limit\",\"End\":true}}}"), json("{'limit':10}"));
    assertExecution(e).failedWith("States.Timeout").tookExactly(Duration.ofSeconds(10));
  }

  @Test
  void aParallelStateIsRetriedAsAWhole() {
    LocalEngine engine = LocalEngine.builder()
        .mock("B", Mocks.sequence(Mocks.failing("Flaky", "once"), Mocks.returning("\"ok\""))).build();
    Execution e = engine.start(AslReader.read("""
        {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
          {"StartAt":"A","States":{"A":{"Type":"Pass","Result":"a","End":true}}},
          {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","End":true}}}],
          "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":3}],"End":true}}}"""), json("{}"));
    assertExecution(e).succeeded().hasOutput("[\"a\",\"ok\"]").visitedInOrder("P", "A", "B", "A", "B")
        .tookExactly(Duration.ofSeconds(3));
  }

  @Test
  void parallelAndMapApplyResultSelectorResultPathAndOutputPath() {
    Execution e = LocalEngine.create().start(AslReader.read("""
        {"StartAt":"P","States":{
          "P":{"Type":"Parallel","Parameters":{"v.$":"$.in.v"},"Branches":[
             {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}],
           "ResultSelector":{"first.$":"$[0].v"},"ResultPath":"$.par","Next":"M"},
          "M":{"Type":"Map","ItemsPath":"$.in.xs","ItemSelector":{"x.$":"$$.Map.Item.Value","v.$":"$.par.first"},
           "ItemProcessor":{"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}},
           "ResultSelector":{"n.$":"States.ArrayLength($)"},"ResultPath":"$.map","OutputPath":"$.map","End":true}}}"""),
        json("{'in':{'v':5,'xs':[1,2,3]}}"));
    assertExecution(e).succeeded().hasOutput("{\"n\":3}")
        .stateOutput("P", "{\"in\":{\"v\":5,\"xs\":[1,2,3]},\"par\":{\"first\":5}}");
  }

  @Test
  void anOversizedTaskResultIsCaughtOnlyWhenNamed() {
    String big = "{\"big\":\"" + "x".repeat(300_000) + "\"}";
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.returning(big)).build();
    String catchAll = "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\"," + LAMBDA
        + ",\"Catch\":[{\"ErrorEquals\":[\"%s\"],\"Next\":\"C\"}],\"End\":true},\"C\":{\"Type\":\"Pass\",\"End\":true}}}";
    assertExecution(engine.start(AslReader.read(catchAll.formatted("States.ALL")), "{}"))
        .failedWith("States.DataLimitExceeded");
    assertExecution(engine.start(AslReader.read(catchAll.formatted("States.DataLimitExceeded")), "{}"))
        .succeeded().hasOutputAt("/Error", "States.DataLimitExceeded");
  }

  @Test
  void waitWithJsonataTimestamp() {
    Execution e = LocalEngine.create().start(AslReader.read("""
        {"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait",
          "Timestamp":"{% $states.input.at %}","End":true}}}"""), json("{'at':'2024-01-01T00:10:00Z'}"));
    assertExecution(e).succeeded().tookExactly(Duration.ofMinutes(10));
  }

  @Test
  void variablesInJsonPathChoiceConditions() {
    Execution e = LocalEngine.create().start(AslReader.read("""
        {"StartAt":"Set","States":{
          "Set":{"Type":"Pass","Assign":{"limit":10},"Next":"C"},
          "C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThanPath":"$limit","Next":"Big"}],"Default":"Small"},
          "Big":{"Type":"Pass","Result":"big","End":true},"Small":{"Type":"Pass","Result":"small","End":true}}}"""),
        json("{'n':11}"));
    assertExecution(e).succeeded().hasOutput("\"big\"");
  }

  @Test
  void anUnassignedVariableIsAnError() {
    Execution e = LocalEngine.create().start(AslReader.read("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"x.$":"$nope"},"End":true}}}"""), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.cause().orElseThrow()).contains("$nope");
  }
}
