package dev.baton.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.diagnostics.Severity;
import dev.baton.validate.RuleExampleCases.Case;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule, one focused definition (in {@link RuleExampleCases}) and the exact diagnostic
 * it must produce: rule id, JSON pointer, line and column, severity, and the key phrases of the
 * message (what is wrong, where, and how to fix it). The "did you mean" hints are checked on
 * their own below.
 */
class RuleExamplesTest {

  static Stream<Case> cases() {
    return RuleExampleCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diagnosticIsExact(Case c) {
    ValidationResult result = Validator.validate(c.json());
    String report = report(result);
    List<Diagnostic> matching = result.diagnostics().stream()
        .filter(d -> d.rule().equals(c.rule().id()) && d.pointer().equals(c.pointer())).toList();
    assertThat(matching).as("a [%s] diagnostic at '%s' among:%n%s", c.rule().id(), c.pointer(), report)
        .hasSize(1);
    Diagnostic d = matching.get(0);
    assertThat(d.severity()).as("severity of %s", d).isEqualTo(c.rule().severity());
    if (c.positioned()) {
      assertThat(d.line() + ":" + d.column()).as("line:column of %s", d).isEqualTo(c.line() + ":" + c.column());
    }
    for (String phrase : c.phrases()) {
      assertThat(d.message()).as("message of [%s]", d.rule()).contains(phrase);
    }
    assertThat(d.toString()).startsWith(c.positioned() ? c.line() + ":" + c.column() + ": " : "")
        .contains(d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": [" + c.rule().id() + "] ");
    if (c.rule().severity() == Severity.WARNING) {
      assertThat(result.errors()).as("a warning's example is otherwise valid:%n%s", report).isEmpty();
    } else {
      assertThat(result.isValid()).isFalse();
    }
  }

  @Test
  void everyRuleHasAFocusedExample() {
    Set<String> covered = cases().map(c -> c.rule().id()).collect(Collectors.toSet());
    Set<String> missing = Arrays.stream(Rule.values()).map(Rule::id).filter(id -> !covered.contains(id))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(missing).as("rules without a case in RuleExampleCases").isEmpty();
  }

  @Test
  void markersAreReadLikeAnEditorShowsThem() {
    Case c = RuleExampleCases.example(Rule.STATE_UNREACHABLE, "/x", "{\n  \"a\": 1,\n  @@\"x\": 2}");
    assertThat(c.json()).isEqualTo("{\n  \"a\": 1,\n  \"x\": 2}");
    assertThat(c.line()).isEqualTo(3);
    assertThat(c.column()).isEqualTo(3);
  }

  /** The hints that name the closest known name when one is misspelt. */
  @Nested
  class DidYouMean {
    @Test
    void unknownNextTarget() {
      assertThat(only("""
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Sucess"}, "Success": {"Type": "Succeed"}}}
          """, "state.next-unknown").message()).endsWith("did you mean 'Success'?");
    }

    @Test
    void unknownDefaultTargetOfAChoice() {
      Diagnostic d = only("""
          {"StartAt": "C", "States": {
            "C": {"Type": "Choice", "Default": "done",
                  "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Done"}]},
            "Done": {"Type": "Succeed"}}}
          """, "state.next-unknown");
      assertThat(d.pointer()).isEqualTo("/States/C/Default");
      assertThat(d.message()).contains("the Default of state 'C' is 'done'").endsWith("did you mean 'Done'?");
    }

    @Test
    void unknownCatcherTarget() {
      Diagnostic d = only("""
          {"StartAt": "A", "States": {
            "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true,
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handel"}]},
            "Handle": {"Type": "Fail"}}}
          """, "state.next-unknown");
      assertThat(d.pointer()).isEqualTo("/States/A/Catch/0/Next");
      assertThat(d.message()).contains("the Next of catcher 0 of state 'A'").endsWith("did you mean 'Handle'?");
    }

    @Test
    void noHintWhenNothingIsClose() {
      assertThat(only("""
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Elsewhere"}, "B": {"Type": "Succeed"}}}
          """, "state.next-unknown").message()).doesNotContain("did you mean");
    }

    @Test
    void unknownStartAt() {
      assertThat(only("""
          {"StartAt": "start", "States": {"Start": {"Type": "Succeed"}}}
          """, "top.startat-unknown").message()).endsWith("did you mean 'Start'?");
    }

    @Test
    void unknownStateField() {
      assertThat(only("""
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "OutputPth": "$.x", "End": true}}}
          """, "state.unknown-field").message()).contains("did you mean 'OutputPath'?");
    }

    @Test
    void unknownTopLevelField() {
      Diagnostic d = only("""
          {"StartAt": "A", "Versoin": "1.0", "States": {"A": {"Type": "Succeed"}}}
          """, "state.unknown-field");
      assertThat(d.pointer()).isEqualTo("/Versoin");
      assertThat(d.message()).contains("in the state machine", "did you mean 'Version'?");
    }

    @Test
    void unknownRetrierField() {
      Diagnostic d = only("""
          {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempt": 2}], "End": true}}}
          """, "state.unknown-field");
      assertThat(d.pointer()).isEqualTo("/States/A/Retry/0/MaxAttempt");
      assertThat(d.message()).contains("in a retrier", "did you mean 'MaxAttempts'?");
    }

    @Test
    void unknownChoiceOperator() {
      Diagnostic d = only("""
          {"StartAt": "C", "States": {
            "C": {"Type": "Choice", "Default": "D",
                  "Choices": [{"Variable": "$.x", "StringEqual": "a", "Next": "D"}]},
            "D": {"Type": "Succeed"}}}
          """, "state.unknown-field");
      assertThat(d.pointer()).isEqualTo("/States/C/Choices/0/StringEqual");
      assertThat(d.message()).contains("in a Choice rule", "did you mean 'StringEquals'?");
    }

    @Test
    void unknownStateType() {
      assertThat(only("""
          {"StartAt": "A", "States": {"A": {"Type": "Succes"}}}
          """, "state.type-enum").message()).contains("did you mean 'Succeed'?");
    }

    @Test
    void unknownIntrinsicFunction() {
      assertThat(only("""
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
            "Parameters": {"id.$": "States.UUId()"}}}}
          """, "intrinsic.unknown").message()).contains("did you mean States.UUID?");
    }

    @Test
    void intrinsicFunctionWithTheWrongCase() {
      assertThat(only("""
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
            "Parameters": {"n.$": "states.ArrayLength($.items)"}}}}
          """, "intrinsic.unknown").message()).contains("did you mean States.ArrayLength?");
    }

    @Test
    void unknownPredefinedErrorName() {
      assertThat(only("""
          {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "End": true, "Retry": [{"ErrorEquals": ["States.TaskFailure"]}]}}}
          """, "retry.unknown-states-error").message()).contains("did you mean 'States.TaskFailed'?");
    }

    @Test
    void unknownJsonataFunction() {
      Diagnostic d = only("""
          {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
            "Output": {"n": "{% $lenght($states.input.items) %}"}}}}
          """, "jsonata.unknown-function");
      assertThat(d.pointer()).isEqualTo("/States/A/Output/n");
      assertThat(d.message()).contains("$lenght(...)", "did you mean", "$length");
    }

    @Test
    void functionsDefinedInTheExpressionAreKnown() {
      ValidationResult result = Validator.validate("""
          {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
            "Output": "{% ($twice := function($v) { $v * 2 }; $twice($states.input.n)) %}"}}}
          """);
      assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void enumValues() {
      assertThat(only("""
          {"StartAt": "A", "QueryLanguage": "jsonpath", "States": {"A": {"Type": "Succeed"}}}
          """, "state.querylanguage-enum").message()).contains("did you mean 'JSONPath'?");
      assertThat(only("""
          {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "distributed", "ExecutionType": "STANDARD"},
              "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}}}}
          """, "map.mode-enum").message()).contains("did you mean 'DISTRIBUTED'?");
    }
  }

  private static Diagnostic only(String json, String rule) {
    ValidationResult result = Validator.validate(json);
    List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    assertThat(found).as("one [%s] among:%n%s", rule, report(result)).hasSize(1);
    assertThat(found.get(0).line()).as("line of %s", found.get(0)).isPositive();
    return found.get(0);
  }

  private static String report(ValidationResult result) {
    return result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
