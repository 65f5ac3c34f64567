package dev.baton.dsl;

import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.map;
import static dev.baton.dsl.Baton.parallel;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.Baton.variable;
import static dev.baton.dsl.Baton.waitFor;
import static dev.baton.dsl.DslJson.FUNCTION;
import static dev.baton.dsl.DslJson.jsonataProblems;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.ReferencePath;
import dev.baton.integrations.Lambda;
import dev.baton.model.ExecutionType;
import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemReader;
import dev.baton.model.QueryLanguage;
import dev.baton.model.ReaderConfig;
import dev.baton.model.ResultWriter;
import dev.baton.model.Template;
import dev.baton.model.Value;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every problem GraphBuilder reports from build(), with the exact sentences of WorkflowBuildException.problems(). */
class BuildProblemsTest {

  private static final String DISTRIBUTED_ONLY = "uses distributed-mode fields (ItemReader, ItemBatcher, ResultWriter,"
      + " ToleratedFailure..., Label) but is INLINE; call distributed(ExecutionType...)";

  private static String jsonPathField(String state, String field) {
    return "state '" + state + "' is a JSONata state, but sets " + field + ", a JSONPath field;"
        + " use Arguments, Output and Assign with JSONata expressions instead";
  }

  private static String jsonataField(String state, String field) {
    return "state '" + state + "' is a JSONPath state, but sets " + field + ", a JSONata field;"
        + " call queryLanguage(QueryLanguage.JSONATA) on the state or the workflow";
  }

  private static String pathInJsonataState(String state, String field, String path) {
    return "state '" + state + "' is a JSONata state, but " + field + " uses the JSONPath expression '" + path
        + "'; use a JSONata expression such as jsonata(\"$states.input...\")";
  }

  private static String jsonataInJsonPathState(String state, String field, String expression) {
    return "state '" + state + "' is a JSONPath state, but " + field + " uses the JSONata expression '" + expression
        + "'; use a path, or make the state JSONata";
  }

  private static MapStep distributedMap() {
    return map("M").distributed(ExecutionType.STANDARD).itemProcessor(pass("Item"));
  }

  private static Arguments jsonataCase(String label, Supplier<Chainable> start, String... expected) {
    return Arguments.of(label, (Supplier<Workflow>) () -> Workflow.startingWith(start.get())
        .queryLanguage(QueryLanguage.JSONATA), List.of(expected));
  }

  private static Arguments jsonPathCase(String label, Supplier<Chainable> start, String... expected) {
    return Arguments.of(label, (Supplier<Workflow>) () -> Workflow.startingWith(start.get()), List.of(expected));
  }

  static Stream<Arguments> jsonPathFieldsInJsonataStates() {
    return Stream.of(
        jsonataCase("InputPath and OutputPath", () -> pass("P").inputPath("$.a").outputPath("$.b"),
            jsonPathField("P", "InputPath"), jsonPathField("P", "OutputPath")),
        jsonataCase("empty input and output", () -> pass("P").emptyInput().emptyOutput(),
            jsonPathField("P", "InputPath"), jsonPathField("P", "OutputPath")),
        jsonataCase("Pass Parameters", () -> pass("P").parameters(ordered("a", 1)), jsonPathField("P", "Parameters")),
        jsonataCase("Pass Parameters with a path", () -> pass("P").parameters(ordered("a", path("$.x"))),
            jsonPathField("P", "Parameters"), pathInJsonataState("P", "Parameters", "$.x")),
        jsonataCase("Pass Result", () -> pass("P").result(1), jsonPathField("P", "Result")),
        jsonataCase("Pass ResultPath", () -> pass("P").resultPath("$.r"), jsonPathField("P", "ResultPath")),
        jsonataCase("Pass discardResult", () -> pass("P").discardResult(), jsonPathField("P", "ResultPath")),
        jsonataCase("Wait SecondsPath", () -> waitFor("W").secondsPath("$.s"), jsonPathField("W", "SecondsPath")),
        jsonataCase("Wait TimestampPath", () -> waitFor("W").timestampPath("$.t"),
            jsonPathField("W", "TimestampPath")),
        jsonataCase("Task ResultSelector", () -> task("T", Lambda.invoke(FUNCTION)).resultSelector(ordered("a", 1)),
            jsonPathField("T", "ResultSelector")),
        jsonataCase("Task ResultPath", () -> task("T", Lambda.invoke(FUNCTION)).resultPath("$.r"),
            jsonPathField("T", "ResultPath")),
        jsonataCase("Task timeout and heartbeat paths", () -> task("T", Lambda.invoke(FUNCTION))
                .timeoutSecondsPath("$.t").heartbeatSecondsPath("$.h"),
            jsonPathField("T", "TimeoutSecondsPath"), jsonPathField("T", "HeartbeatSecondsPath")),
        jsonataCase("Task request with a path", () -> task("T", Lambda.invoke(FUNCTION).payload(path("$.x"))),
            pathInJsonataState("T", "the task's request (Arguments)", "$.x")),
        jsonataCase("Task credentials from a path", () -> task("T", Lambda.invoke(FUNCTION))
            .credentials(path("$.role")), pathInJsonataState("T", "Credentials", "$.role")),
        jsonataCase("Assign with a path", () -> pass("P").assign("v", path("$.a")),
            pathInJsonataState("P", "Assign", "$.a")),
        jsonataCase("Catch ResultPath", () -> task("T", Lambda.invoke(FUNCTION))
            .catchAll(c -> c.resultPath("$.e").next(fail("F"))), jsonPathField("T", "Catch ResultPath")),
        jsonataCase("Catch discardError", () -> task("T", Lambda.invoke(FUNCTION))
            .catchAll(c -> c.discardError().next(fail("F"))), jsonPathField("T", "Catch ResultPath")),
        jsonataCase("Catch Assign with a path", () -> task("T", Lambda.invoke(FUNCTION))
            .catchAll(c -> c.assign("e", path("$.Error")).next(fail("F"))),
            pathInJsonataState("T", "Catch Assign", "$.Error")),
        jsonataCase("Choice rule Assign with a path", () -> choice("C")
                .when(jsonata("true"), succeed("S"), r -> r.assign("v", path("$.a"))),
            pathInJsonataState("C", "a Choice rule's Assign", "$.a")),
        jsonataCase("Choice InputPath", () -> choice("C").inputPath("$.in").when(jsonata("true"), succeed("S")),
            jsonPathField("C", "InputPath")),
        jsonataCase("Parallel Parameters", () -> parallel("P").branch(pass("B")).parameters(ordered("a", 1)),
            jsonPathField("P", "Parameters")),
        jsonataCase("Map ItemsPath", () -> map("M").itemsPath("$.items").itemProcessor(pass("I")),
            jsonPathField("M", "ItemsPath")),
        jsonataCase("Map MaxConcurrencyPath", () -> map("M").maxConcurrencyPath("$.m").itemProcessor(pass("I")),
            jsonPathField("M", "MaxConcurrencyPath")),
        jsonataCase("Map tolerated failure paths", () -> distributedMap()
                .toleratedFailurePercentagePath("$.p").toleratedFailureCountPath("$.c"),
            jsonPathField("M", "ToleratedFailurePercentagePath"), jsonPathField("M", "ToleratedFailureCountPath")),
        jsonataCase("Map ItemSelector with a path", () -> map("M").itemSelector(ordered("v", path("$$.Map.Item.Value")))
            .itemProcessor(pass("I")), pathInJsonataState("M", "ItemSelector", "$$.Map.Item.Value")),
        jsonataCase("Map ItemReader Parameters", () -> distributedMap().itemReader(ItemReader.builder()
                .resource("arn:aws:states:::s3:getObject").parameters(Template.of(ordered("Bucket", "b"))).build()),
            jsonPathField("M", "ItemReader Parameters")),
        jsonataCase("Map ReaderConfig MaxItemsPath", () -> distributedMap().itemReader(ItemReader.builder()
                .resource("arn:aws:states:::s3:getObject")
                .readerConfig(ReaderConfig.builder().maxItemsPath(ReferencePath.of("$.max")).build()).build()),
            jsonPathField("M", "ReaderConfig MaxItemsPath")),
        jsonataCase("Map ResultWriter Parameters", () -> distributedMap().resultWriter(ResultWriter.builder()
                .resource("arn:aws:states:::s3:putObject").parameters(Template.of(ordered("Prefix", path("$.p"))))
                .build()),
            jsonPathField("M", "ResultWriter Parameters"), pathInJsonataState("M", "ResultWriter Parameters", "$.p")),
        jsonataCase("Map ItemBatcher", () -> distributedMap().itemBatcher(ItemBatcher.builder()
                .batchInput(Template.of(ordered("run", path("$$.Execution.Id"))))
                .maxItemsPerBatchPath(ReferencePath.of("$.items"))
                .maxInputBytesPerBatchPath(ReferencePath.of("$.bytes")).build()),
            pathInJsonataState("M", "ItemBatcher BatchInput", "$$.Execution.Id"),
            jsonPathField("M", "ItemBatcher MaxItemsPerBatchPath"),
            jsonPathField("M", "ItemBatcher MaxInputBytesPerBatchPath")),
        jsonataCase("Fail ErrorPath and CausePath", () -> fail("F").errorPath("$.e").causePath("$.c"),
            jsonPathField("F", "ErrorPath"), jsonPathField("F", "CausePath")),
        jsonataCase("Succeed InputPath and OutputPath", () -> succeed("S").inputPath("$.i").outputPath("$.o"),
            jsonPathField("S", "InputPath"), jsonPathField("S", "OutputPath")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonPathFieldsInJsonataStates")
  void jsonPathFieldsInAJsonataStateAreReported(String label, Supplier<Workflow> workflow, List<String> expected) {
    assertThat(problems(workflow.get())).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> jsonataFieldsInJsonPathStates() {
    UnaryOperator<String> output = state -> jsonataField(state, "Output");
    return Stream.of(
        jsonPathCase("Pass Output", () -> pass("P").output(jsonata("1")), output.apply("P")),
        jsonPathCase("literal Output is still a JSONata field", () -> pass("P").output(ordered("a", 1)),
            output.apply("P")),
        jsonPathCase("Task Output", () -> task("T", Lambda.invoke(FUNCTION)).output(jsonata("1")), output.apply("T")),
        jsonPathCase("Wait Output", () -> waitFor("W").seconds(1).output(jsonata("1")), output.apply("W")),
        jsonPathCase("Choice Output", () -> choice("C").output(jsonata("1"))
            .when(variable("$.a").isNull(), succeed("S")), output.apply("C")),
        jsonPathCase("Parallel Output", () -> parallel("P").branch(pass("B")).output(jsonata("1")),
            output.apply("P")),
        jsonPathCase("Map Output", () -> map("M").itemProcessor(pass("I")).output(jsonata("1")), output.apply("M")),
        jsonPathCase("Succeed Output", () -> succeed("S").output(jsonata("1")), output.apply("S")),
        jsonPathCase("Parallel Arguments", () -> parallel("P").branch(pass("B")).arguments(ordered("a", 1)),
            jsonataField("P", "Arguments")),
        jsonPathCase("Map Items", () -> map("M").items(List.of(1, 2)).itemProcessor(pass("I")),
            jsonataField("M", "Items")),
        jsonPathCase("Catch Output", () -> task("T", Lambda.invoke(FUNCTION))
            .catchAll(c -> c.output(jsonata("$states.errorOutput")).next(fail("F"))),
            jsonataField("T", "Catch Output")),
        jsonPathCase("Catch Assign with JSONata", () -> task("T", Lambda.invoke(FUNCTION))
                .catchAll(c -> c.assign("e", jsonata("1")).next(fail("F"))),
            jsonataInJsonPathState("T", "Catch Assign", "{% 1 %}")),
        jsonPathCase("Choice rule Output", () -> choice("C")
                .when(variable("$.a").isNull(), succeed("S"), r -> r.output(ordered("a", 1))),
            jsonataField("C", "a Choice rule's Output")),
        jsonPathCase("Choice rule Assign with JSONata", () -> choice("C")
                .when(variable("$.a").isNull(), succeed("S"), r -> r.assign("v", jsonata("$states.input.a"))),
            jsonataInJsonPathState("C", "a Choice rule's Assign", "{% $states.input.a %}")),
        jsonPathCase("Choice rule Assign with a {% %} string", () -> choice("C")
                .when(variable("$.a").isNull(), succeed("S"), r -> r.assign("v", "{% 1 + 1 %}")),
            jsonataInJsonPathState("C", "a Choice rule's Assign", "{% 1 + 1 %}")),
        jsonPathCase("Assign with JSONata", () -> pass("P").assign("v", jsonata("1")),
            jsonataInJsonPathState("P", "Assign", "{% 1 %}")),
        jsonPathCase("Pass Parameters with JSONata", () -> pass("P").parameters(ordered("a", ordered("b", jsonata("2")))),
            jsonataInJsonPathState("P", "Parameters", "{% 2 %}")),
        jsonPathCase("Task ResultSelector with JSONata", () -> task("T", Lambda.invoke(FUNCTION))
            .resultSelector(ordered("a", jsonata("1"))), jsonataInJsonPathState("T", "ResultSelector", "{% 1 %}")),
        jsonPathCase("Task request with JSONata", () -> task("T", Lambda.invoke(FUNCTION)
            .payload(jsonata("$states.input"))),
            jsonataInJsonPathState("T", "the task's request (Parameters)", "{% $states.input %}")),
        jsonPathCase("Task credentials with JSONata", () -> task("T", Lambda.invoke(FUNCTION))
            .credentials(jsonata("'r'")), jsonataInJsonPathState("T", "Credentials", "{% 'r' %}")),
        jsonPathCase("Map ItemSelector with JSONata", () -> map("M").itemSelector(ordered("v", jsonata("1")))
            .itemProcessor(pass("I")), jsonataInJsonPathState("M", "ItemSelector", "{% 1 %}")),
        jsonPathCase("Map ItemReader Arguments", () -> distributedMap().itemReader(ItemReader.builder()
                .resource("arn:aws:states:::s3:getObject").arguments(Template.of(ordered("Bucket", "b"))).build()),
            jsonataField("M", "ItemReader Arguments")),
        jsonPathCase("Map ResultWriter Arguments", () -> distributedMap().resultWriter(ResultWriter.builder()
                .resource("arn:aws:states:::s3:putObject").arguments(Template.of(ordered("Bucket", jsonata("1"))))
                .build()),
            jsonataField("M", "ResultWriter Arguments"), jsonataInJsonPathState("M", "ResultWriter Arguments", "{% 1 %}")),
        jsonPathCase("Fail JSONata Error and Cause", () -> fail("F").error(jsonata("'E'")).cause(jsonata("'C'")),
            jsonataField("F", "a JSONata Error"), jsonataField("F", "a JSONata Cause")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonataFieldsInJsonPathStates")
  void jsonataFieldsInAJsonPathStateAreReported(String label, Supplier<Workflow> workflow, List<String> expected) {
    assertThat(problems(workflow.get())).containsExactlyElementsOf(expected);
  }

  @Test
  void aStateLevelQueryLanguageDecidesWhichFieldsAreAllowed() {
    assertThat(problems(pass("P").queryLanguage(QueryLanguage.JSONATA).resultPath("$.r")))
        .containsExactly(jsonPathField("P", "ResultPath"));
    assertThat(problems(pass("Start").next(pass("P").queryLanguage(QueryLanguage.JSONATA).output(jsonata("1"))
            .next(pass("Q").output(jsonata("2"))))))
        .containsExactly(jsonataField("Q", "Output"));
  }

  @Test
  void aJsonPathStateInAJsonataWorkflowIsReported() {
    assertThat(jsonataProblems(pass("Start").next(pass("P").queryLanguage(QueryLanguage.JSONPATH))))
        .containsExactly("state 'P' is a JSONPath state in a JSONata workflow; AWS allows JSONata states in a"
            + " JSONPath workflow, not the reverse");
  }

  @Test
  void aJsonPathStateInsideABranchOfAJsonataWorkflowIsReported() {
    assertThat(jsonataProblems(parallel("Par").branch(waitFor("Inner").seconds(1).queryLanguage(QueryLanguage.JSONPATH))))
        .containsExactly("state 'Inner' is a JSONPath state in a JSONata workflow; AWS allows JSONata states in a"
            + " JSONPath workflow, not the reverse");
  }

  @Test
  void aJsonataConditionInAJsonPathChoiceIsReported() {
    assertThat(problems(choice("C").when(jsonata("$states.input.ok"), succeed("S"))))
        .containsExactly("Choice state 'C' is a JSONPath state, but a rule uses a JSONata Condition;"
            + " make the state JSONata or use variable(...) comparisons");
  }

  @Test
  void aJsonPathComparisonInAJsonataChoiceIsReportedForEachRule() {
    String expected = "Choice state 'C' is a JSONata state, but a rule uses a JSONPath comparison;"
        + " use when(jsonata(\"...\"), target)";
    assertThat(jsonataProblems(choice("C")
            .when(variable("$.a").isPresent(), succeed("A"))
            .when(jsonata("true"), succeed("B"))
            .when(Baton.not(variable("$.c").isNull()), succeed("C2"))))
        .containsExactly(expected, expected);
  }

  @Test
  void aWaitWithoutDurationIsReported() {
    assertThat(problems(waitFor("W")))
        .containsExactly("Wait state 'W' has no duration; set seconds, secondsPath, timestamp or timestampPath");
  }

  @Test
  void aParallelWithoutBranchesIsReported() {
    assertThat(problems(parallel("P")))
        .containsExactly("Parallel state 'P' has no branches; add at least one branch(...)");
  }

  @Test
  void aMapWithoutProcessorIsReported() {
    assertThat(problems(map("M").itemsPath("$.items")))
        .containsExactly("Map state 'M' has no item processor; call itemProcessor(...)");
  }

  @Test
  void aChoiceWithoutRulesIsReportedEvenWithADefault() {
    assertThat(problems(choice("C").otherwise(succeed("S"))))
        .containsExactly("Choice state 'C' has no rules; add at least one when(...)");
  }

  static Stream<Arguments> distributedOnlyFields() {
    return Stream.of(
        Arguments.of("ItemReader", (UnaryOperator<MapStep>) m -> m.itemReader(
            ItemReader.builder().resource("arn:aws:states:::s3:getObject").build())),
        Arguments.of("ItemBatcher", (UnaryOperator<MapStep>) m -> m.itemBatcher(
            ItemBatcher.builder().maxItemsPerBatch(Value.of(10)).build())),
        Arguments.of("ResultWriter", (UnaryOperator<MapStep>) m -> m.resultWriter(
            ResultWriter.builder().resource("arn:aws:states:::s3:putObject").build())),
        Arguments.of("ToleratedFailureCount", (UnaryOperator<MapStep>) m -> m.toleratedFailureCount(1)),
        Arguments.of("ToleratedFailureCountPath", (UnaryOperator<MapStep>) m -> m.toleratedFailureCountPath("$.c")),
        Arguments.of("ToleratedFailurePercentage", (UnaryOperator<MapStep>) m -> m.toleratedFailurePercentage(5)),
        Arguments.of("ToleratedFailurePercentagePath",
            (UnaryOperator<MapStep>) m -> m.toleratedFailurePercentagePath("$.p")),
        Arguments.of("Label", (UnaryOperator<MapStep>) m -> m.label("files")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("distributedOnlyFields")
  void distributedOnlyFieldsOnAnInlineMapAreReported(String field, UnaryOperator<MapStep> set) {
    String expected = "Map state 'M' " + DISTRIBUTED_ONLY;
    assertThat(problems(set.apply(map("M").itemProcessor(pass("I"))))).containsExactly(expected);
    assertThat(problems(set.apply(map("M").inline().itemProcessor(pass("I"))))).containsExactly(expected);
    assertThat(problems(set.apply(map("M").distributed(ExecutionType.STANDARD).inline().itemProcessor(pass("I")))))
        .containsExactly(expected);
  }

  @Test
  void problemsInsideBranchesAndProcessorsAreReportedWithTheirScope() {
    PassStep a = pass("A");
    PassStep b = pass("B");
    a.next(b);
    b.next(a);
    PassStep c = pass("C");
    c.next(c);
    assertThat(problems(parallel("P").branch(succeed("Fine")).branch(a).next(map("M").itemProcessor(c))))
        .containsExactly(
            "state 'A' in branch 2 of Parallel state 'P' has no way out: no path from it reaches an End, Succeed"
                + " or Fail state, so the execution would loop until it times out",
            "state 'B' in branch 2 of Parallel state 'P' has no way out: no path from it reaches an End, Succeed"
                + " or Fail state, so the execution would loop until it times out",
            "state 'C' in the item processor of Map state 'M' has no way out: no path from it reaches an End,"
                + " Succeed or Fail state, so the execution would loop until it times out");
  }

  @Test
  void aStateSharedBetweenABranchAndItsParentScopeIsReported() {
    PassStep shared = pass("Shared");
    assertThat(problems(parallel("P").branch(shared).next(shared)))
        .containsExactly("state 'Shared' is used in the workflow and in branch 1 of Parallel state 'P';"
            + " a state can only go to states of its own scope");
  }

  @Test
  void everyProblemOfEveryScopeIsListedAtOnce() {
    WorkflowBuildException e = buildFailure(Workflow.startingWith(
        parallel("P").branch(waitFor("W")).branch(map("M")).next(choice("C"))));
    assertThat(e.problems()).containsExactly(
        "Wait state 'W' has no duration; set seconds, secondsPath, timestamp or timestampPath",
        "Map state 'M' has no item processor; call itemProcessor(...)",
        "Choice state 'C' has no rules; add at least one when(...)",
        "state 'P' in the workflow has no way out: no path from it reaches an End, Succeed or Fail state,"
            + " so the execution would loop until it times out",
        "state 'C' in the workflow has no way out: no path from it reaches an End, Succeed or Fail state,"
            + " so the execution would loop until it times out");
  }

  @Test
  void theMessageCountsAndListsTheProblems() {
    WorkflowBuildException one = buildFailure(Workflow.startingWith(waitFor("W")));
    assertThat(one.getMessage()).isEqualTo("the workflow is not valid (1 problem):\n"
        + "  - Wait state 'W' has no duration; set seconds, secondsPath, timestamp or timestampPath");
    WorkflowBuildException two = buildFailure(Workflow.startingWith(waitFor("W").next(parallel("P"))));
    assertThat(two.getMessage()).isEqualTo("the workflow is not valid (2 problems):\n"
        + "  - Wait state 'W' has no duration; set seconds, secondsPath, timestamp or timestampPath\n"
        + "  - Parallel state 'P' has no branches; add at least one branch(...)");
    assertThat(two).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> two.problems().add("more")).isInstanceOf(UnsupportedOperationException.class);
  }

  private static WorkflowBuildException buildFailure(Workflow workflow) {
    try {
      workflow.build();
    } catch (WorkflowBuildException e) {
      return e;
    }
    throw new AssertionError("build() did not fail");
  }
}
