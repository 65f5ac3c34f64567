package dev.baton.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The flow layer on each construct: what it proves, what it warns about, and what it leaves alone. */
class FlowConstructsTest {

  private static List<Diagnostic> analyze(String json) {
    return FlowAnalyzer.analyze(StateMachine.fromJson(json), FlowHints.none());
  }

  private static List<Diagnostic> analyze(String json, Shape input) {
    return FlowAnalyzer.analyze(StateMachine.fromJson(json), FlowHints.none().withInput(input));
  }

  static Stream<Path> validDefinitions() throws IOException, URISyntaxException {
    Path dir = Path.of(FlowConstructsTest.class.getResource("/conformance/validation/valid").toURI());
    return Files.list(dir).filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("seed"))
        .sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDefinitions")
  void openShapesNeverGiveAFalseError(Path file) throws IOException {
    List<Diagnostic> found = analyze(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(found.stream().filter(Diagnostic::isError)).as(found.toString()).isEmpty();
  }

  @Test
  void aPassResultIsAClosedShape() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Result": {"order": {"id": 1}}, "Next": "B"},
          "B": {"Type": "Pass", "Parameters": {"id.$": "$.order.id", "bad.$": "$.order.ident"}, "End": true}}}
        """);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("flow.path-missing");
      assertThat(d.pointer()).isEqualTo("/States/B/Parameters/bad.$");
      assertThat(d.message()).contains("no field 'ident'").contains("its fields are id")
          .contains("the Result of Pass state 'A'");
    });
  }

  @Test
  void resultPathMergesIntoTheInputAndNullKeepsTheInput() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Result": {"x": 1}, "Next": "B"},
          "B": {"Type": "Pass", "Result": {"y": 2}, "ResultPath": "$.b", "Next": "C"},
          "C": {"Type": "Pass", "Result": "ignored", "ResultPath": null, "Next": "D"},
          "D": {"Type": "Pass", "Parameters": {"x.$": "$.x", "y.$": "$.b.y"}, "End": true}}}
        """);
    assertThat(found).isEmpty();
  }

  @Test
  void aFieldSetOnOneBranchOnlyIsAWarningNamingTheOtherBranch() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Result": {"kind": "a"}, "Next": "Pick"},
          "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.kind", "StringEquals": "a", "Next": "WithTotal"}],
                   "Default": "WithoutTotal"},
          "WithTotal": {"Type": "Pass", "Result": 5, "ResultPath": "$.total", "Next": "Use"},
          "WithoutTotal": {"Type": "Pass", "Next": "Use"},
          "Use": {"Type": "Pass", "Parameters": {"t.$": "$.total"}, "End": true}}}
        """);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("flow.path-maybe");
      assertThat(d.isError()).isFalse();
      assertThat(d.message()).contains("not set when coming from 'WithoutTotal'");
    });
  }

  @Test
  void aCatcherSeesTheErrorOutputAtItsResultPath() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Work", "States": {
          "Work": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": {"Message": "m"},
                   "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.err", "Next": "Handle"}], "End": true},
          "Handle": {"Type": "Pass", "Parameters": {"e.$": "$.err.Error", "c.$": "$.err.Cause", "x.$": "$.err.Message"},
                     "End": true}}}
        """);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.pointer()).isEqualTo("/States/Handle/Parameters/x.$");
      assertThat(d.message()).contains("the error output of state 'Work'");
    });
  }

  @Test
  void aDocumentedTaskResultIsChecked() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Invoke", "States": {
          "Invoke": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "Parameters": {"FunctionName": "f"}, "ResultSelector": {"body.$": "$.Payloads"}, "End": true}}}
        """);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.pointer()).isEqualTo("/States/Invoke/ResultSelector/body.$");
      assertThat(d.message()).contains("lambda:invoke").contains("did you mean").doesNotContain("$.Payloads?");
    });
  }

  @Test
  void parallelResultsAreATupleOfBranchOutputs() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Both", "States": {
          "Both": {"Type": "Parallel", "Branches": [
              {"StartAt": "L", "States": {"L": {"Type": "Pass", "Result": {"left": 1}, "End": true}}},
              {"StartAt": "R", "States": {"R": {"Type": "Pass", "Result": {"right": 2}, "End": true}}}],
            "Next": "Use"},
          "Use": {"Type": "Pass", "Parameters": {"l.$": "$[0].left", "r.$": "$[1].right", "bad.$": "$[1].left",
                  "none.$": "$[2]"}, "End": true}}}
        """);
    assertThat(found).extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder("/States/Use/Parameters/bad.$", "/States/Use/Parameters/none.$");
  }

  @Test
  void mapItemsFlowIntoTheProcessorAndTheContextKnowsTheItem() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Data", "States": {
          "Data": {"Type": "Pass", "Result": {"orders": [{"id": 1, "total": 3}]}, "Next": "Each"},
          "Each": {"Type": "Map", "ItemsPath": "$.orders",
                   "ItemSelector": {"order.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index", "bad.$": "$$.Map.Item.Valu"},
                   "ItemProcessor": {"StartAt": "One", "States": {
                     "One": {"Type": "Pass", "Parameters": {"id.$": "$.order.id", "oops.$": "$.order.price"}, "End": true}}},
                   "Next": "After"},
          "After": {"Type": "Pass", "Parameters": {"first.$": "$[0].id"}, "End": true}}}
        """);
    assertThat(found).extracting(Diagnostic::pointer).containsExactlyInAnyOrder(
        "/States/Each/ItemSelector/bad.$", "/States/Each/ItemProcessor/States/One/Parameters/oops.$");
  }

  @Test
  void loopsReachAFixpoint() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Result": {"n": 0}, "ResultPath": "$.counter", "Next": "Check"},
          "Check": {"Type": "Choice", "Choices": [{"Variable": "$.counter.n", "NumericGreaterThan": 3, "Next": "Done"}],
                    "Default": "Again"},
          "Again": {"Type": "Pass", "Parameters": {"counter": {"n.$": "States.MathAdd($.counter.n, 1)"}, "prev.$": "$"},
                    "Next": "Check"},
          "Done": {"Type": "Pass", "Parameters": {"n.$": "$.counter.n", "nope.$": "$.counter.m"}, "End": true}}}
        """);
    assertThat(found).extracting(Diagnostic::pointer).containsExactly("/States/Done/Parameters/nope.$");
  }

  @Test
  void anOpenInputIsNeverAnError() {
    assertThat(analyze("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x.$": "$.anything.at.all"}, "End": true}}}
        """)).isEmpty();
  }

  @Test
  void aDeclaredInputIsChecked() {
    Shape input = Shape.ObjectShape.closed(java.util.Map.of("customer", Shape.ObjectShape.closed(
        java.util.Map.of("name", Shape.STRING), "the declared input")), "the declared input");
    assertThat(analyze("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x.$": "$.customer.nam"}, "End": true}}}
        """, input)).singleElement().satisfies(d -> assertThat(d.message()).contains("no field 'nam'"));
  }

  @Test
  void choiceTestsGuardedByIsPresentAreNotReported() {
    Shape input = Shape.ObjectShape.closed(java.util.Map.of(), "the declared input");
    assertThat(analyze("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"And": [{"Variable": "$.x", "IsPresent": true},
                {"Variable": "$.x", "NumericGreaterThan": 1}], "Next": "S"}], "Default": "S"},
          "S": {"Type": "Succeed"}}}
        """, input)).isEmpty();
  }

  @Test
  void variablesFollowDefiniteAssignment() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Pick", "States": {
          "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "SetX"}],
                   "Default": "Skip"},
          "SetX": {"Type": "Pass", "Assign": {"x": 1, "both": 1}, "Next": "Use"},
          "Skip": {"Type": "Pass", "Assign": {"both": 2}, "Next": "Use"},
          "Use": {"Type": "Pass", "Parameters": {"x.$": "$x", "both.$": "$both", "never.$": "$never"},
                  "Assign": {"unused": 1}, "End": true}}}
        """);
    assertThat(found).extracting(Diagnostic::rule, Diagnostic::pointer).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("flow.variable-maybe-unassigned", "/States/Use/Parameters/x.$"),
        org.assertj.core.groups.Tuple.tuple("flow.variable-unassigned", "/States/Use/Parameters/never.$"),
        org.assertj.core.groups.Tuple.tuple("flow.variable-unused", "/States/Use/Assign/unused"));
    assertThat(found).filteredOn(d -> d.rule().equals("flow.variable-maybe-unassigned")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'Skip'"));
  }

  @Test
  void aValueAssignedInAStateIsVisibleFromTheNextState() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"x": 1, "y.$": "$x"}, "Next": "B"},
          "B": {"Type": "Pass", "Parameters": {"y.$": "$y"}, "End": true}}}
        """);
    assertThat(found).extracting(Diagnostic::rule, Diagnostic::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("flow.variable-unassigned", "/States/A/Assign/y.$"));
  }

  @Test
  void mapIterationsSeeOuterVariablesButDistributedChildrenDoNot() {
    List<Diagnostic> found = analyze("""
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Assign": {"rate": 2}, "Result": [1, 2], "Next": "Inline"},
          "Inline": {"Type": "Map", "ItemProcessor": {"StartAt": "I", "States": {
              "I": {"Type": "Pass", "Parameters": {"r.$": "$rate"}, "End": true}}}, "Next": "Distributed"},
          "Distributed": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
              "ExecutionType": "EXPRESS"}, "StartAt": "D", "States": {
              "D": {"Type": "Pass", "Parameters": {"r.$": "$rate"}, "End": true}}}, "End": true}}}
        """);
    assertThat(found).extracting(Diagnostic::pointer)
        .containsExactly("/States/Distributed/ItemProcessor/States/D/Parameters/r.$");
  }

  @Test
  void jsonataReferencesAreChecked() {
    List<Diagnostic> found = analyze("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Output": {"order": {"id": 7}}, "Next": "B"},
          "B": {"Type": "Pass", "Output": "{% $states.input.order.id & $states.input.order.idd %}",
                "Assign": {"o": "{% $states.input.order %}"}, "Next": "C"},
          "C": {"Type": "Succeed", "Output": "{% $o %}"}}}
        """);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.pointer()).isEqualTo("/States/B/Output");
      assertThat(d.message()).contains("$states.input.order.idd");
    });
  }
}
