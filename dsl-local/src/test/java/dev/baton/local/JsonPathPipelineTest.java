package dev.baton.local;

import static dev.baton.local.Asl.json;
import static dev.baton.local.Asl.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The JSONPath input/output pipeline, its null meanings, the context object and its errors. */
class JsonPathPipelineTest {

  private final LocalEngine echo = LocalEngine.builder().unmockedTasks(UnmockedTasks.PASS_THROUGH).build();

  private JsonNode output(Execution e) {
    assertThat(e.status()).as("%s", e).isEqualTo(ExecutionStatus.SUCCEEDED);
    return e.output().orElseThrow();
  }

  @Test
  void fullPipelineAppliesEachStepInOrder() {
    LocalEngine engine = LocalEngine.builder()
        .mock("S", Mocks.function(in -> json("{'got':" + in + ",'extra':1}")))
        .build();
    Execution e = engine.start(single("""
        {'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:f','InputPath':'$.a',
         'Parameters':{'x.$':'$.b','lit':'v'},'ResultSelector':{'r.$':'$.got'},
         'ResultPath':'$.a.res','OutputPath':'$.a','End':true}"""), json("{'a':{'b':5},'z':0}"));
    assertThat(output(e)).isEqualTo(json("{'b':5,'res':{'r':{'x':5,'lit':'v'}}}"));
  }

  @Test
  void nullInputPathGivesEmptyObjectAndNullResultPathKeepsInput() {
    Execution e = echo.start(single("""
        {'Type':'Pass','InputPath':null,'Parameters':{'saw.$':'$'},'ResultPath':null,'End':true}"""),
        json("{'k':1}"));
    assertThat(output(e)).isEqualTo(json("{'k':1}"));
  }

  @Test
  void nullOutputPathGivesEmptyObject() {
    Execution e = echo.start(single("{'Type':'Pass','OutputPath':null,'End':true}"), json("{'k':1}"));
    assertThat(output(e)).isEqualTo(json("{}"));
  }

  @Test
  void passResultReplacesInputUnlessResultPathPlacesIt() {
    assertThat(output(echo.start(single("{'Type':'Pass','Result':{'a':1},'End':true}"), json("{'k':1}"))))
        .isEqualTo(json("{'a':1}"));
    assertThat(output(echo.start(single("{'Type':'Pass','Result':2,'ResultPath':'$.n','End':true}"),
        json("{'k':1}")))).isEqualTo(json("{'k':1,'n':2}"));
  }

  @Test
  void missingParameterPathFailsWithStatesRuntimeAsAwsReportsIt() {
    Execution e = echo.start(single("{'Type':'Pass','Parameters':{'x.$':'$.nope'},'End':true}"), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("States.Runtime");
    assertThat(e.cause().orElseThrow()).contains("$.nope").contains("x.$");
  }

  @Test
  void missingInputPathOrOutputPathIsStatesRuntime() {
    assertThat(echo.start(single("{'Type':'Pass','InputPath':'$.nope','End':true}"), json("{}")).error())
        .contains("States.Runtime");
    assertThat(echo.start(single("{'Type':'Pass','OutputPath':'$.nope','End':true}"), json("{}")).error())
        .contains("States.Runtime");
  }

  @Test
  void resultPathIntoAStringFailsWithResultPathMatchFailure() {
    Execution e = echo.start(single("{'Type':'Pass','Result':1,'ResultPath':'$.a.b','End':true}"),
        json("{'a':'text'}"));
    assertThat(e.error()).contains("States.ResultPathMatchFailure");
  }

  @Test
  void resultPathMatchFailureCanBeCaught() {
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.returning(1)).build();
    Execution e = engine.start(Asl.machine("""
        {'StartAt':'T','States':{
          'T':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:f','ResultPath':'$.a.b',
               'Catch':[{'ErrorEquals':['States.ResultPathMatchFailure'],'ResultPath':'$.err','Next':'D'}],'End':true},
          'D':{'Type':'Succeed'}}}"""), json("{'a':'text'}"));
    assertThat(output(e).path("err").path("Error").asText()).isEqualTo("States.ResultPathMatchFailure");
  }

  @Test
  void intrinsicFailureIsStatesIntrinsicFailure() {
    Execution e = echo.start(single("{'Type':'Pass','Parameters':{'x.$':'States.StringToJson($.s)'},'End':true}"),
        json("{'s':'{not json'}"));
    assertThat(e.error()).contains("States.IntrinsicFailure");
  }

  @Test
  void contextObjectHasExecutionStateAndStateMachineFields() {
    LocalEngine engine = LocalEngine.builder().build();
    engine.register("orders", single("""
        {'Type':'Pass','Parameters':{'id.$':'$$.Execution.Id','name.$':'$$.Execution.Name',
          'in.$':'$$.Execution.Input','start.$':'$$.Execution.StartTime','role.$':'$$.Execution.RoleArn',
          'state.$':'$$.State.Name','entered.$':'$$.State.EnteredTime','retry.$':'$$.State.RetryCount',
          'sm.$':'$$.StateMachine.Id','smName.$':'$$.StateMachine.Name'},'End':true}"""));
    JsonNode out = output(engine.start("orders", "{\"v\":1}"));
    assertThat(out.get("id").asText()).isEqualTo(
        "arn:aws:states:us-east-1:123456789012:execution:orders:" + out.get("name").asText());
    assertThat(out.get("in")).isEqualTo(json("{'v':1}"));
    assertThat(out.get("start").asText()).isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(out.get("role").asText()).startsWith("arn:aws:iam::");
    assertThat(out.get("state").asText()).isEqualTo("S");
    assertThat(out.get("entered").asText()).isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(out.get("retry").asInt()).isZero();
    assertThat(out.get("sm").asText()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:orders");
    assertThat(out.get("smName").asText()).isEqualTo("orders");
  }

  @Test
  void payloadOver256KibFailsWithDataLimitExceeded() {
    String big = "x".repeat(300 * 1024);
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.returning(json("{'big':'" + big + "'}"))).build();
    Execution e = engine.start(Asl.machine("""
        {'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:f','End':true}}}"""),
        json("{}"));
    assertThat(e.error()).contains("States.DataLimitExceeded");
  }

  @Test
  void executionInputOver256KibFails() {
    Execution e = echo.start(single("{'Type':'Pass','End':true}"),
        json("{'big':'" + "y".repeat(262_144) + "'}"));
    assertThat(e.error()).contains("States.DataLimitExceeded");
  }

  @Test
  void unmockedTaskFailsNamingStateResourceAndHowToMock() {
    Execution e = LocalEngine.create().start(Asl.machine("""
        {'StartAt':'Charge','States':{'Charge':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:pay',
          'Catch':[{'ErrorEquals':['States.ALL'],'Next':'X'}],'End':true},'X':{'Type':'Succeed'}}}"""), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("Baton.UnmockedTask");
    assertThat(e.cause().orElseThrow()).contains("'Charge'").contains("arn:aws:lambda:us-east-1:1:function:pay")
        .contains(".mock(\"Charge\"");
  }

  @Test
  void mockByResourceAppliesToEveryStateWithThatResource() {
    LocalEngine engine = LocalEngine.builder()
        .mockResource("arn:aws:lambda:us-east-1:1:function:f", Mocks.function(in -> in.get("n").asInt() * 2))
        .build();
    Execution e = engine.start(Asl.machine("""
        {'StartAt':'A','States':{
          'A':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:f','ResultPath':'$.n','Next':'B'},
          'B':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:f','ResultPath':'$.n','End':true}}}"""),
        json("{'n':3}"));
    assertThat(output(e)).isEqualTo(json("{'n':12}"));
  }

  @Test
  void mockExceptionBecomesTaskErrorNamedAfterTheExceptionClass() {
    LocalEngine engine = LocalEngine.builder()
        .mock("T", Mocks.function(in -> { throw new IllegalStateException("boom"); }))
        .build();
    Execution e = engine.start(Asl.machine("""
        {'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:f','End':true}}}"""),
        json("{}"));
    assertThat(e.error()).contains("IllegalStateException");
    assertThat(e.cause()).contains("boom");
  }
}
