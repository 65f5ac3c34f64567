package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.StateMachine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Choice: every operator, type mismatches, missing variables, Default and NoChoiceMatched. */
class ChoiceTest {

  private final LocalEngine engine = LocalEngine.create();

  private static StateMachine rule(String ruleJson) {
    return Asl.machine("{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':["
        + ruleJson.substring(0, ruleJson.length() - 1) + ",'Next':'Yes'}],'Default':'No'},'Yes':{'Type':'Pass','Result':'yes','End':true},"
        + "'No':{'Type':'Pass','Result':'no','End':true}}}");
  }

  private String decide(String ruleJson, String input) {
    Execution e = engine.start(rule(ruleJson), json(input));
    assertThat(e.status()).as("%s", e).isEqualTo(ExecutionStatus.SUCCEEDED);
    return e.output().orElseThrow().asText();
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "{'Variable':'$.v','StringEquals':'a'}|{'v':'a'}|yes",
      "{'Variable':'$.v','StringEquals':'a'}|{'v':'b'}|no",
      "{'Variable':'$.v','StringEquals':'1'}|{'v':1}|no",
      "{'Variable':'$.v','StringEqualsPath':'$.w'}|{'v':'a','w':'a'}|yes",
      "{'Variable':'$.v','StringLessThan':'b'}|{'v':'a'}|yes",
      "{'Variable':'$.v','StringLessThanPath':'$.w'}|{'v':'b','w':'a'}|no",
      "{'Variable':'$.v','StringGreaterThan':'a'}|{'v':'b'}|yes",
      "{'Variable':'$.v','StringGreaterThanPath':'$.w'}|{'v':'b','w':'a'}|yes",
      "{'Variable':'$.v','StringLessThanEquals':'a'}|{'v':'a'}|yes",
      "{'Variable':'$.v','StringLessThanEqualsPath':'$.w'}|{'v':'a','w':'a'}|yes",
      "{'Variable':'$.v','StringGreaterThanEquals':'b'}|{'v':'a'}|no",
      "{'Variable':'$.v','StringGreaterThanEqualsPath':'$.w'}|{'v':'b','w':'b'}|yes",
      "{'Variable':'$.v','StringMatches':'log-*.txt'}|{'v':'log-2024.txt'}|yes",
      "{'Variable':'$.v','StringMatches':'log-*.txt'}|{'v':'log-2024.csv'}|no",
      "{'Variable':'$.v','StringMatches':'a\\\\*b'}|{'v':'a*b'}|yes",
      "{'Variable':'$.v','StringMatches':'a\\\\*b'}|{'v':'axxb'}|no",
      "{'Variable':'$.v','NumericEquals':1}|{'v':1.0}|yes",
      "{'Variable':'$.v','NumericEquals':1}|{'v':'1'}|no",
      "{'Variable':'$.v','NumericEqualsPath':'$.w'}|{'v':2,'w':2}|yes",
      "{'Variable':'$.v','NumericLessThan':1}|{'v':0.5}|yes",
      "{'Variable':'$.v','NumericLessThanPath':'$.w'}|{'v':3,'w':2}|no",
      "{'Variable':'$.v','NumericGreaterThan':1}|{'v':2}|yes",
      "{'Variable':'$.v','NumericGreaterThanPath':'$.w'}|{'v':3,'w':2}|yes",
      "{'Variable':'$.v','NumericLessThanEquals':1}|{'v':1}|yes",
      "{'Variable':'$.v','NumericLessThanEqualsPath':'$.w'}|{'v':3,'w':2}|no",
      "{'Variable':'$.v','NumericGreaterThanEquals':1}|{'v':1}|yes",
      "{'Variable':'$.v','NumericGreaterThanEqualsPath':'$.w'}|{'v':1,'w':2}|no",
      "{'Variable':'$.v','BooleanEquals':true}|{'v':true}|yes",
      "{'Variable':'$.v','BooleanEquals':true}|{'v':'true'}|no",
      "{'Variable':'$.v','BooleanEqualsPath':'$.w'}|{'v':false,'w':false}|yes",
      "{'Variable':'$.v','TimestampEquals':'2024-01-01T00:00:00Z'}|{'v':'2024-01-01T00:00:00.000Z'}|yes",
      "{'Variable':'$.v','TimestampEqualsPath':'$.w'}|{'v':'2024-01-01T00:00:00Z','w':'2024-01-01T01:00:00+01:00'}|yes",
      "{'Variable':'$.v','TimestampLessThan':'2024-01-01T00:00:00Z'}|{'v':'2023-12-31T23:59:59Z'}|yes",
      "{'Variable':'$.v','TimestampLessThanPath':'$.w'}|{'v':'2024-01-02T00:00:00Z','w':'2024-01-01T00:00:00Z'}|no",
      "{'Variable':'$.v','TimestampGreaterThan':'2024-01-01T00:00:00Z'}|{'v':'2024-01-02T00:00:00Z'}|yes",
      "{'Variable':'$.v','TimestampGreaterThanPath':'$.w'}|{'v':'2024-01-02T00:00:00Z','w':'2024-01-01T00:00:00Z'}|yes",
      "{'Variable':'$.v','TimestampLessThanEquals':'2024-01-01T00:00:00Z'}|{'v':'2024-01-01T00:00:00Z'}|yes",
      "{'Variable':'$.v','TimestampLessThanEqualsPath':'$.w'}|{'v':'2024-01-01T00:00:00Z','w':'2024-01-01T00:00:00Z'}|yes",
      "{'Variable':'$.v','TimestampGreaterThanEquals':'2024-01-01T00:00:00Z'}|{'v':'2023-01-01T00:00:00Z'}|no",
      "{'Variable':'$.v','TimestampGreaterThanEqualsPath':'$.w'}|{'v':'2024-01-01T00:00:00Z','w':'2024-01-01T00:00:00Z'}|yes",
      "{'Variable':'$.v','TimestampEquals':'2024-01-01T00:00:00Z'}|{'v':'not a time'}|no",
      "{'Variable':'$.v','IsNull':true}|{'v':null}|yes",
      "{'Variable':'$.v','IsNull':false}|{'v':null}|no",
      "{'Variable':'$.v','IsPresent':true}|{'v':1}|yes",
      "{'Variable':'$.v','IsPresent':true}|{}|no",
      "{'Variable':'$.v','IsPresent':false}|{}|yes",
      "{'Variable':'$.v','IsNumeric':true}|{'v':1.5}|yes",
      "{'Variable':'$.v','IsNumeric':true}|{'v':'1.5'}|no",
      "{'Variable':'$.v','IsString':true}|{'v':'x'}|yes",
      "{'Variable':'$.v','IsBoolean':true}|{'v':false}|yes",
      "{'Variable':'$.v','IsBoolean':true}|{'v':0}|no",
      "{'Variable':'$.v','IsTimestamp':true}|{'v':'2024-01-01T00:00:00Z'}|yes",
      "{'Variable':'$.v','IsTimestamp':true}|{'v':'2024-01-01'}|no",
      "{'And':[{'Variable':'$.a','NumericGreaterThan':1},{'Variable':'$.b','StringEquals':'x'}]}|{'a':2,'b':'x'}|yes",
      "{'And':[{'Variable':'$.a','NumericGreaterThan':1},{'Variable':'$.b','StringEquals':'x'}]}|{'a':2,'b':'y'}|no",
      "{'Or':[{'Variable':'$.a','NumericGreaterThan':1},{'Variable':'$.b','StringEquals':'x'}]}|{'a':0,'b':'x'}|yes",
      "{'Not':{'Variable':'$.a','NumericGreaterThan':1}}|{'a':0}|yes",
  })
  void operator(String rule, String input, String expected) {
    assertThat(decide(rule, input)).isEqualTo(expected);
  }

  @Test
  void missingVariableIsStatesRuntime() {
    Execution e = engine.start(rule("{'Variable':'$.v','StringEquals':'a'}"), json("{}"));
    assertThat(e.error()).contains("States.Runtime");
  }

  @Test
  void noMatchWithoutDefaultIsNoChoiceMatched() {
    Execution e = engine.start(Asl.machine("""
        {'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$.v','StringEquals':'x','Next':'X'}]},
         'X':{'Type':'Succeed'}}}"""), json("{'v':'y'}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("States.NoChoiceMatched");
  }

  @Test
  void firstMatchingRuleWinsAndInputPassesThroughWithOutputPath() {
    Execution e = engine.start(Asl.machine("""
        {'StartAt':'C','States':{'C':{'Type':'Choice','InputPath':'$.in','OutputPath':'$.k','Choices':[
           {'Variable':'$.n','NumericGreaterThan':0,'Next':'A'},{'Variable':'$.n','NumericGreaterThan':1,'Next':'B'}]},
         'A':{'Type':'Pass','ResultPath':'$.went','Result':'A','End':true},
         'B':{'Type':'Pass','ResultPath':'$.went','Result':'B','End':true}}}"""), json("{'in':{'n':5,'k':{'z':1}}}"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'z':1,'went':'A'}"));
    assertThat(e.statesEntered()).containsExactly("C", "A");
  }
}
