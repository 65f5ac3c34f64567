package dev.baton.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.model.PassState;
import dev.baton.model.StateMachine;
import dev.baton.model.TaskState;
import dev.baton.model.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader reports for definitions it cannot read, and how precisely. */
class AslReaderTest {

  private static List<Diagnostic> problems(String json) {
    AslReader.Result result = AslReader.readLenient(json);
    assertThat(result.stateMachine()).as("no model is returned for a definition with errors").isEmpty();
    return result.problems();
  }

  private static Diagnostic only(String json) {
    List<Diagnostic> problems = problems(json);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void duplicateStateNameIsReportedWithPointerAndLine() {
    String json = """
        {
          "StartAt": "A",
          "States": {
            "A": {"Type": "Pass", "End": true},
            "A": {"Type": "Succeed"}
          }
        }
        """;
    Diagnostic d = only(json);
    assertThat(d.rule()).isEqualTo("json.duplicate-key");
    assertThat(d.pointer()).isEqualTo("/States/A");
    assertThat(d.line()).isEqualTo(5);
    assertThat(d.column()).isEqualTo(5);
    assertThat(d.message()).contains("duplicate key 'A'");
  }

  @Test
  void everyDuplicateIsReportedNotJustTheFirst() {
    String json = """
        {"StartAt": "A", "StartAt": "A",
         "States": {"A": {"Type": "Pass", "Type": "Pass", "End": true}}}
        """;
    assertThat(problems(json)).extracting(Diagnostic::pointer).containsExactly("/StartAt", "/States/A/Type");
  }

  @Test
  void unknownFieldSuggestsTheClosestAllowedOne() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "ResultPth": "$.x", "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("state.unknown-field");
    assertThat(d.pointer()).isEqualTo("/States/A/ResultPth");
    assertThat(d.message()).contains("did you mean 'ResultPath'?");
    assertThat(d.line()).isEqualTo(1);
  }

  @Test
  void fieldOfAnotherStateTypeIsNotAllowedAndSaysWhereItBelongs() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Retry": [], "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("state.field-not-allowed");
    assertThat(d.message()).contains("Retry is not allowed in a Pass state").contains("Task, Parallel, Map");
  }

  @Test
  void unknownStateTypeSuggestsTheRightCase() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "pass", "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("state.type-enum");
    assertThat(d.pointer()).isEqualTo("/States/A/Type");
    assertThat(d.message()).contains("did you mean 'Pass'?");
  }

  @Test
  void missingStartAtIsReportedOnTheRoot() {
    Diagnostic d = only("""
        {"States": {"A": {"Type": "Succeed"}}}
        """);
    assertThat(d.rule()).isEqualTo("top.startat-required");
    assertThat(d.pointer()).isEmpty();
    assertThat(d.line()).isEqualTo(1);
  }

  @Test
  void wrongJsonTypeNamesTheValue() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
          "TimeoutSeconds": "ten", "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("json.type");
    assertThat(d.pointer()).isEqualTo("/States/A/TimeoutSeconds");
    assertThat(d.message()).contains("\"ten\"");
    assertThat(d.line()).isEqualTo(2);
  }

  @Test
  void badPathIsASyntaxErrorAtItsField() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "$.a[", "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("path.syntax");
    assertThat(d.pointer()).isEqualTo("/States/A/InputPath");
  }

  @Test
  void resultPathMustBeAReferencePath() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "ResultPath": "$.a[*]", "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("path.refpath-no-wildcard");
  }

  @Test
  void dollarKeyWithALiteralIsRejectedWithTheFix() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x.$": "hello"}, "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("payload.dollar-key-path");
    assertThat(d.pointer()).isEqualTo("/States/A/Parameters/x.$");
    assertThat(d.message()).contains("drop the '.$' suffix");
  }

  @Test
  void sameFieldWithAndWithoutDollarIsADuplicate() {
    Diagnostic d = only("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x": 1, "x.$": "$.y"}, "End": true}}}
        """);
    assertThat(d.rule()).isEqualTo("payload.duplicate-key");
  }

  @Test
  void notJsonGivesOneSyntaxErrorWithPosition() {
    Diagnostic d = only("{\"StartAt\": \"A\",\n  \"States\": {");
    assertThat(d.rule()).isEqualTo("json.syntax");
    assertThat(d.line()).isEqualTo(2);
  }

  @Test
  void emptyTextIsOneClearError() {
    Diagnostic d = only("   ");
    assertThat(d.rule()).isEqualTo("json.syntax");
    assertThat(d.message()).contains("empty");
  }

  @Test
  void absurdNestingIsRejectedWithoutStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Diagnostic d = only(deep);
    assertThat(d.rule()).isEqualTo("json.too-deep");
  }

  @Test
  void aRootThatIsNotAnObjectIsReported() {
    assertThat(only("[1, 2]").rule()).isEqualTo("top.type");
  }

  @Test
  void readThrowsAnExceptionListingEveryProblem() {
    assertThatThrownBy(() -> StateMachine.fromJson("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Foo": 1, "Bar": 2, "End": true}}}
        """))
        .isInstanceOf(AslParseException.class)
        .hasMessageContaining("2 errors")
        .hasMessageContaining("'Foo'")
        .hasMessageContaining("'Bar'")
        .satisfies(e -> assertThat(((AslParseException) e).problems()).hasSize(2));
  }

  @Test
  void pathsAndIntrinsicsBecomeDynamicValuesAndJsonataStaysJsonata() {
    StateMachine machine = StateMachine.fromJson("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Parameters": {"p.$": "$.x", "f.$": "States.Format('{}', $.y)", "lit": "$.z"},
                "Next": "B"},
          "B": {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:states:::lambda:invoke",
                "Arguments": {"Payload": "{% $states.input %}"}, "End": true}}}
        """);
    PassState a = (PassState) machine.states().get("A");
    Template.ObjectTemplate parameters = (Template.ObjectTemplate) a.parameters().orElseThrow();
    assertThat(parameters.fields().get("p")).isInstanceOf(Template.Dynamic.class);
    assertThat(parameters.fields().get("f")).isInstanceOf(Template.Dynamic.class);
    assertThat(parameters.fields().get("lit")).isInstanceOf(Template.Literal.class);
    TaskState b = (TaskState) machine.states().get("B");
    Template.ObjectTemplate arguments = (Template.ObjectTemplate) b.arguments().orElseThrow();
    assertThat(arguments.fields().get("Payload")).isInstanceOf(Template.JsonataValue.class);
  }

  @Test
  void problemsInNestedScopesHaveFullPointers() {
    Diagnostic d = only("""
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "X", "States": {"X": {"Type": "Wait", "Secondz": 1, "End": true}}}]}}}
        """);
    assertThat(d.pointer()).isEqualTo("/States/P/Branches/0/States/X/Secondz");
    assertThat(d.line()).isEqualTo(2);
  }
}
