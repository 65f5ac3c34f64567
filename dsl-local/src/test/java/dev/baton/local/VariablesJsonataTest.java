package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.json.AslReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** JSONata states and variables: timing of Assign vs Output, scopes of Parallel and Map, errors. */
class VariablesJsonataTest {

  private static Execution run(LocalEngine engine, String definition, String input) {
    return engine.start(AslReader.read(definition), Asl.json(input));
  }

  @Test
  void jsonPathAssignAndVariablePaths() {
    Execution e = run(LocalEngine.create(), """
        {"StartAt":"Set","States":{
          "Set":{"Type":"Pass","Assign":{"c":7,"userId.$":"$.user.id"},"Next":"Use"},
          "Use":{"Type":"Pass","Parameters":{"id.$":"$userId","c.$":"$c","input.$":"$"},"End":true}}}""",
        "{'user':{'id':'u-9'}}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'id':'u-9','c':7,'input':{'user':{'id':'u-9'}}}"));
  }

  @Test
  void jsonPathTaskAssignSeesTheSelectedResult() {
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.returning(json("{'Payload':{'n':5}}"))).build();
    Execution e = run(engine, """
        {"StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f",
               "ResultSelector":{"n.$":"$.Payload.n"},"Assign":{"n.$":"$.n"},"ResultPath":null,"Next":"Use"},
          "Use":{"Type":"Pass","Parameters":{"n.$":"$n"},"End":true}}}""", "{}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'n':5}"));
  }

  @Test
  void assignAndOutputBothSeeTheValuesFromBeforeTheState() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"A","States":{
          "A":{"Type":"Pass","Assign":{"x":1},"Next":"B"},
          "B":{"Type":"Pass","Assign":{"x":"{% $x + 1 %}","y":"{% $x %}"},"Output":"{% {'old': $x} %}","Next":"C"},
          "C":{"Type":"Pass","Output":{"x":"{% $x %}","y":"{% $y %}","prev":"{% $states.input %}"},"End":true}}}""",
        "{}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'x':2,'y':1,'prev':{'old':1}}"));
  }

  @Test
  void taskArgumentsOutputAndAssignWithNestedTemplates() {
    LocalEngine engine = LocalEngine.builder().mock("Calc", Mocks.function(in -> in)).build();
    Execution e = run(engine, """
        {"QueryLanguage":"JSONata","StartAt":"Calc","States":{
          "Calc":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f",
            "Arguments":{"sum":"{% $sum($states.input.xs) %}","nested":{"list":["{% $states.input.xs[0] %}","lit"]}},
            "Assign":{"total":"{% $states.result.sum %}"},
            "Output":{"r":"{% $states.result %}","ctx":"{% $states.context.State.Name %}"},"Next":"Use"},
          "Use":{"Type":"Pass","Output":"{% $total * 2 %}","End":true}}}""", "{'xs':[1,2,3]}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("12"));
    assertThat(e.visitsOf("Calc").get(0).output().orElseThrow())
        .isEqualTo(json("{'r':{'sum':6,'nested':{'list':[1,'lit']}},'ctx':'Calc'}"));
  }

  @Test
  void parallelBranchesReadOuterVariablesButTheirAssignmentsStayInside() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"Set","States":{
          "Set":{"Type":"Pass","Assign":{"outer":10},"Next":"P"},
          "P":{"Type":"Parallel","Branches":[
             {"StartAt":"B1","States":{"B1":{"Type":"Pass","Assign":{"inner":1},"Next":"B2"},
                                       "B2":{"Type":"Pass","Output":"{% $outer + $inner %}","End":true}}}],
           "Next":"After"},
          "After":{"Type":"Pass","Output":{"r":"{% $states.input %}","inner":"{% $exists($inner) %}"},"End":true}}}""",
        "{}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'r':[11],'inner':false}"));
  }

  @Test
  void mapItemsAndItemSelectorWithTheMapContext() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"M","States":{
          "M":{"Type":"Map","Items":"{% $states.input.nums %}",
               "ItemSelector":{"v":"{% $states.context.Map.Item.Value %}","i":"{% $states.context.Map.Item.Index %}"},
               "ItemProcessor":{"StartAt":"X","States":{"X":{"Type":"Pass","Output":"{% $states.input.v * 10 + $states.input.i %}","End":true}}},
               "End":true}}}""", "{'nums':[5,6,7]}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("[50,61,72]"));
  }

  @Test
  void catchOutputAndAssignSeeTheErrorOutput() {
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.failing("Declined", "card expired")).build();
    Execution e = run(engine, """
        {"QueryLanguage":"JSONata","StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f",
               "Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"why":"{% $states.errorOutput.Cause %}"},
                         "Output":{"e":"{% $states.errorOutput.Error %}","in":"{% $states.input %}"},"Next":"H"}],"End":true},
          "H":{"Type":"Pass","Output":{"e":"{% $states.input.e %}","why":"{% $why %}"},"End":true}}}""", "{'a':1}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'e':'Declined','why':'card expired'}"));
    assertThat(e.visitsOf("T").get(0).output().orElseThrow()).isEqualTo(json("{'e':'Declined','in':{'a':1}}"));
  }

  @Test
  void queryEvaluationErrorCanBeCaught() {
    Execution e = run(LocalEngine.builder().unmockedTasks(UnmockedTasks.PASS_THROUGH).build(), """
        {"QueryLanguage":"JSONata","StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","Arguments":"{% $error('bad') %}",
               "Catch":[{"ErrorEquals":["States.QueryEvaluationError"],"Next":"H"}],"End":true},
          "H":{"Type":"Pass","End":true}}}""", "{}");
    assertThat(e.output().orElseThrow().get("Error").asText()).isEqualTo("States.QueryEvaluationError");
  }

  @Test
  void undefinedOutputIsAQueryEvaluationError() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input.nope %}","End":true}}}""",
        "{}");
    assertThat(e.error()).contains("States.QueryEvaluationError");
  }

  @Test
  void choiceConditionWaitSecondsAndFailExpressions() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.n > 2 %}","Next":"W","Assign":{"n":"{% $states.input.n %}"}}],"Default":"Done"},
          "W":{"Type":"Wait","Seconds":"{% $n * 10 %}","Next":"F"},
          "F":{"Type":"Fail","Error":"{% 'Too' & 'Big' %}","Cause":"{% 'n=' & $string($n) %}"},
          "Done":{"Type":"Succeed"}}}""", "{'n':3}");
    assertThat(e.error()).contains("TooBig");
    assertThat(e.cause()).contains("n=3");
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void choiceRuleOutputReplacesTheStateOutput() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Condition":"{% true %}","Next":"D","Output":{"picked":"rule"}}],"Default":"D"},
          "D":{"Type":"Succeed"}}}""", "{'a':1}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'picked':'rule'}"));
  }

  @Test
  void jsonataNowFollowsTheVirtualClock() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"W","States":{
          "W":{"Type":"Wait","Seconds":90,"Next":"N"},
          "N":{"Type":"Pass","Output":"{% $now() %}","End":true}}}""", "{}");
    assertThat(e.output().orElseThrow().asText()).startsWith("2024-01-01T00:01:30");
  }

  @Test
  void choiceStateAssignAppliesWhicheverRuleMatchesAndTheRuleAssignComesOnTop() {
    Execution e = run(LocalEngine.create(), """
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Assign":{"a":"state","b":"state"},
               "Choices":[{"Condition":"{% true %}","Next":"D","Assign":{"b":"rule"}}],"Default":"D"},
          "D":{"Type":"Pass","Output":{"a":"{% $a %}","b":"{% $b %}"},"End":true}}}""", "{}");
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'a':'state','b':'rule'}"));
  }
}
