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
import static dev.baton.dsl.DslJson.ROLE;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.problems;
import static dev.baton.dsl.DslJson.root;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.integrations.Lambda;
import dev.baton.model.ExecutionType;
import dev.baton.model.ItemReader;
import dev.baton.model.JitterStrategy;
import dev.baton.model.QueryLanguage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fragments: copies with a prefix, nested scopes, loops, exits, and independence from the original. */
class FragmentTest {

  @Test
  void aFragmentWithAParallelCopiesEveryBranchWithThePrefix() {
    Fragment checks = Fragment.of(parallel("Checks")
        .branch(pass("Credit").next(task("Score", Lambda.invoke(FUNCTION))))
        .branch(choice("Known?")
            .when(variable("$.known").booleanEquals(true), succeed("Known"))
            .otherwise(fail("Unknown").error("Unknown")))
        .next(pass("Merge")));
    JsonNode states = states(checks.insert("A ").next(checks.insert("B ")));

    assertThat(keys(states)).containsExactly("A Checks", "A Merge", "B Checks", "B Merge");
    for (String prefix : List.of("A ", "B ")) {
      JsonNode branches = states.get(prefix + "Checks").get("Branches");
      assertThat(branches.get(0).get("StartAt").asText()).isEqualTo(prefix + "Credit");
      assertThat(keys(branches.get(0).get("States"))).containsExactly(prefix + "Credit", prefix + "Score");
      assertThat(branches.get(0).get("States").get(prefix + "Credit").get("Next").asText())
          .isEqualTo(prefix + "Score");
      assertThat(branches.get(1).get("StartAt").asText()).isEqualTo(prefix + "Known?");
      JsonNode known = branches.get(1).get("States").get(prefix + "Known?");
      assertThat(known.get("Choices").get(0).get("Next").asText()).isEqualTo(prefix + "Known");
      assertThat(known.get("Default").asText()).isEqualTo(prefix + "Unknown");
      assertThat(branches.get(1).get("States").get(prefix + "Unknown").get("Error").asText()).isEqualTo("Unknown");
      assertThat(states.get(prefix + "Checks").get("Next").asText()).isEqualTo(prefix + "Merge");
    }
    assertThat(states.get("A Merge").get("Next").asText()).isEqualTo("B Checks");
    assertThat(states.get("B Merge").get("End").asBoolean()).isTrue();
  }

  @Test
  void aParallelNestedInAParallelIsCopiedAllTheWayDown() {
    Fragment nested = Fragment.of(parallel("Outer")
        .branch(parallel("Inner").branch(pass("Deep")).next(pass("After Inner"))));
    JsonNode outer = states(nested.insert("x/")).get("x/Outer");
    JsonNode inner = outer.get("Branches").get(0).get("States").get("x/Inner");
    assertThat(inner.get("Next").asText()).isEqualTo("x/After Inner");
    assertThat(inner.get("Branches").get(0).get("StartAt").asText()).isEqualTo("x/Deep");
    assertThat(inner.get("Branches").get(0).get("States").has("x/Deep")).isTrue();
  }

  @Test
  void aFragmentWithAMapCopiesTheProcessorAndItsCatchHandlers() {
    Fragment each = Fragment.of(map("Each").itemsPath("$.items")
        .itemProcessor(task("Work", Lambda.invoke(FUNCTION))
            .catchAll(c -> c.resultPath("$.error").next(pass("Skip")))));
    JsonNode states = states(each.insert("1 ").next(each.insert("2 ")));
    for (String prefix : List.of("1 ", "2 ")) {
      JsonNode processor = states.get(prefix + "Each").get("ItemProcessor");
      assertThat(processor.get("StartAt").asText()).isEqualTo(prefix + "Work");
      assertThat(keys(processor.get("States"))).containsExactly(prefix + "Work", prefix + "Skip");
      JsonNode catcher = processor.get("States").get(prefix + "Work").get("Catch").get(0);
      assertThat(catcher.get("Next").asText()).isEqualTo(prefix + "Skip");
      assertThat(catcher.get("ResultPath").asText()).isEqualTo("$.error");
    }
  }

  @Test
  void aFragmentWithALoopKeepsTheLoopInsideEachCopy() {
    PassStep attempt = pass("Attempt");
    WaitStep pause = waitFor("Pause").seconds(10);
    ChoiceStep again = choice("Again?");
    attempt.next(again);
    again.when(variable("$.retry").booleanEquals(true), pause).otherwise(pass("Done"));
    pause.next(attempt);
    Fragment loop = Fragment.of(attempt);

    Chain first = loop.insert("1 ");
    assertThat(first.openEnds()).extracting(Step::name).containsExactly("1 Done");
    JsonNode states = states(first.next(loop.insert("2 ")));

    assertThat(keys(states)).containsExactlyInAnyOrder("1 Attempt", "1 Again?", "1 Pause", "1 Done",
        "2 Attempt", "2 Again?", "2 Pause", "2 Done");
    for (String prefix : List.of("1 ", "2 ")) {
      assertThat(states.get(prefix + "Attempt").get("Next").asText()).isEqualTo(prefix + "Again?");
      assertThat(states.get(prefix + "Again?").get("Choices").get(0).get("Next").asText()).isEqualTo(prefix + "Pause");
      assertThat(states.get(prefix + "Again?").get("Default").asText()).isEqualTo(prefix + "Done");
      assertThat(states.get(prefix + "Pause").get("Next").asText()).isEqualTo(prefix + "Attempt");
      assertThat(states.get(prefix + "Pause").get("Seconds").asInt()).isEqualTo(10);
    }
    assertThat(states.get("1 Done").get("Next").asText()).isEqualTo("2 Attempt");
    assertThat(states.get("2 Done").get("End").asBoolean()).isTrue();
  }

  @Test
  void theExitsAreTheOpenEndsOfTheFragmentsOwnScopeOnly() {
    ChoiceStep which = choice("Which?");
    which.when(variable("$.left").booleanEquals(true), pass("Left"))
        .when(variable("$.middle").booleanEquals(true), parallel("Middle").branch(pass("Inside")))
        .otherwise(pass("Right"));
    Chain inserted = Fragment.of(which).insert("f ");
    assertThat(inserted.startStep().name()).isEqualTo("f Which?");
    assertThat(inserted.openEnds()).extracting(Step::name).containsExactlyInAnyOrder("f Left", "f Middle", "f Right");

    JsonNode states = states(inserted.next(succeed("Joined")));
    assertThat(states.get("f Left").get("Next").asText()).isEqualTo("Joined");
    assertThat(states.get("f Middle").get("Next").asText()).isEqualTo("Joined");
    assertThat(states.get("f Right").get("Next").asText()).isEqualTo("Joined");
    assertThat(states.get("f Middle").get("Branches").get(0).get("States").get("f Inside").get("End").asBoolean())
        .isTrue();
  }

  @Test
  void aFragmentOfAChainStartsAtTheChainsEntry() {
    Fragment twoSteps = Fragment.of(pass("One").next(waitFor("Two").seconds(1)));
    Chain copy = twoSteps.insert("c-");
    assertThat(copy.startStep().name()).isEqualTo("c-One");
    assertThat(copy.openEnds()).extracting(Step::name).containsExactly("c-Two");
  }

  @Test
  void insertingLeavesTheOriginalStepsUntouched() {
    PassStep one = pass("One");
    PassStep two = pass("Two");
    one.next(two);
    ParallelStep par = parallel("Par").branch(one);
    Fragment fragment = Fragment.of(par);
    fragment.insert("copy ").next(succeed("After"));

    assertThat(par.nextStep()).isEmpty();
    assertThat(two.nextStep()).isEmpty();
    JsonNode original = states(par);
    assertThat(keys(original)).containsExactly("Par");
    assertThat(keys(original.get("Par").get("Branches").get(0).get("States"))).containsExactly("One", "Two");
  }

  @Test
  void aCopyDoesNotSeeLaterChangesToTheOriginal() {
    TaskStep work = task("Work", Lambda.invoke(FUNCTION)).assign("a", 1).retry(Retry.on("First"));
    Chain copy = Fragment.of(work).insert("copy ");
    work.assign("b", 2).retry(Retry.on("Second")).comment("changed later");
    JsonNode copied = states(copy).get("copy Work");
    assertThat(keys(copied.get("Assign"))).containsExactly("a");
    assertThat(copied.get("Retry")).hasSize(1);
    assertThat(copied.has("Comment")).isFalse();
  }

  @Test
  void theSamePrefixTwiceGivesDuplicateNames() {
    Fragment fragment = Fragment.of(pass("Step"));
    ChoiceStep route = choice("Route")
        .when(variable("$.a").isPresent(), fragment.insert("x "))
        .otherwise(fragment.insert("x "));
    assertThat(problems(route))
        .containsExactly("two different states are named 'x Step'; state names must be unique across the whole"
            + " state machine (use a Fragment with a prefix to reuse steps)");
  }

  @Test
  void aPrefixThatMakesANameTooLongIsRejected() {
    Fragment fragment = Fragment.of(pass("n".repeat(75)));
    assertThatThrownBy(() -> fragment.insert("prefix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("is 81 characters long; AWS allows at most 80");
  }

  @Test
  void theBodyAndThePrefixAreRequired() {
    assertThatThrownBy(() -> Fragment.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("body");
    assertThatThrownBy(() -> Fragment.of(pass("P")).insert(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("prefix");
  }

  static Stream<Arguments> stepsWithEveryField() {
    OffsetDateTime until = OffsetDateTime.of(2030, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
    return Stream.of(
        Arguments.of("Task", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> task("T", Lambda.invoke(FUNCTION)
            .payload(ordered("id", path("$.id"))))
            .comment("c").inputPath("$.in").resultSelector(ordered("r", path("$.Payload"))).resultPath("$.res")
            .outputPath("$.res").assign("v", path("$.v")).timeoutSeconds(60).heartbeatSeconds(10).credentials(ROLE)
            .retry(Retry.onAllErrors().intervalSeconds(2).jitter(JitterStrategy.FULL))
            .catchAll(c -> c.resultPath("$.error").comment("k").next(fail("Failed").error("E").cause("C")))),
        Arguments.of("Task paths", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> task("T", Lambda.invoke(FUNCTION))
            .timeoutSecondsPath("$.timeout").heartbeatSecondsPath("$.heartbeat").emptyInput().emptyOutput()
            .discardResult()),
        Arguments.of("JSONata Task", QueryLanguage.JSONATA, (Supplier<Chainable>) () -> task("T", Lambda.invoke(FUNCTION))
            .arguments(ordered("FunctionName", "f", "Payload", jsonata("$states.input")))
            .timeoutSeconds(jsonata("$states.input.t")).heartbeatSeconds(jsonata("$states.input.h"))
            .credentials(jsonata("$states.input.role")).output(jsonata("$states.result"))
            .assign("x", jsonata("1"))
            .catching(Catch.on(Errors.TIMEOUT).output(jsonata("$states.errorOutput")).assign("e", jsonata("1"))
                .next(succeed("Caught").output(jsonata("$states.input"))))),
        Arguments.of("Pass", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> pass("P").comment("c")
            .queryLanguage(QueryLanguage.JSONPATH).inputPath("$.a").parameters(ordered("x", path("$.x")))
            .result(ordered("k", List.of(1, 2))).resultPath("$.r").outputPath("$.o").assign("v", 1)
            .next(succeed("S").inputPath("$.i").outputPath("$.o"))),
        Arguments.of("Wait", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> waitFor("W1").timestamp(until)
            .next(waitFor("W2").timestampPath("$.t")).next(waitFor("W3").secondsPath("$.s"))
            .next(waitFor("W4").seconds(5).comment("c").assign("v", 1))),
        Arguments.of("JSONata Wait", QueryLanguage.JSONATA, (Supplier<Chainable>) () -> waitFor("W1")
            .seconds(jsonata("$states.input.s")).next(waitFor("W2").timestamp(jsonata("$states.input.t")))),
        Arguments.of("Choice", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> choice("C").comment("c")
            .inputPath("$.in").outputPath("$.out").assign("v", 1)
            .when(variable("$.a").stringEquals("x"), succeed("X"), r -> r.comment("rule").assign("w", path("$.w")))
            .otherwise(fail("F").errorPath("States.Format('{}', $.e)").causePath("$.c"))),
        Arguments.of("JSONata Choice", QueryLanguage.JSONATA, (Supplier<Chainable>) () -> choice("C")
            .output(jsonata("$states.input"))
            .when(jsonata("$states.input.a"), succeed("X"), r -> r.output(jsonata("1")).assign("w", jsonata("2")))
            .otherwise(fail("F").error(jsonata("'E'")).cause(jsonata("'C'")))),
        Arguments.of("Parallel", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> parallel("Par").comment("c")
            .branch(pass("B1")).branch(pass("B2").next(succeed("B3")))
            .parameters(ordered("p", path("$.p"))).resultSelector(ordered("r", path("$[0]"))).resultPath("$.r")
            .retry(Retry.on(Errors.BRANCH_FAILED).maxAttempts(1))
            .catching(Catch.on(Errors.ALL).discardError().next(pass("Handled")))),
        Arguments.of("JSONata Parallel", QueryLanguage.JSONATA, (Supplier<Chainable>) () -> parallel("Par")
            .branch(pass("B1")).arguments(ordered("a", jsonata("1"))).output(jsonata("$states.result"))),
        Arguments.of("Map", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> map("M").comment("c")
            .distributed(ExecutionType.EXPRESS).itemProcessor(pass("Item").next(succeed("Item Done")))
            .itemReader(ItemReader.builder().resource("arn:aws:states:::s3:getObject").build())
            .itemSelector(ordered("v", path("$$.Map.Item.Value"))).maxConcurrencyPath("$.m")
            .toleratedFailurePercentagePath("$.p").toleratedFailureCountPath("$.c").label("L")
            .resultPath("$.r")),
        Arguments.of("Inline Map", QueryLanguage.JSONPATH, (Supplier<Chainable>) () -> map("M").inline()
            .itemProcessor(pass("Item")).itemsPath("$.items").maxConcurrency(3)),
        Arguments.of("JSONata Map", QueryLanguage.JSONATA, (Supplier<Chainable>) () -> map("M")
            .items(jsonata("$states.input")).itemProcessor(pass("Item")).maxConcurrency(jsonata("2"))
            .distributed(ExecutionType.STANDARD).toleratedFailurePercentage(10).toleratedFailureCount(2)));
  }

  /** With an empty prefix, a copy must write exactly the same JSON as the original: every field is copied. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stepsWithEveryField")
  void everyFieldOfEveryStepTypeIsCopied(String label, QueryLanguage language, Supplier<Chainable> steps) {
    String original = Workflow.startingWith(steps.get()).queryLanguage(language).build().toJson();
    Chain copy = Fragment.of(steps.get()).insert("");
    assertThat(Workflow.startingWith(copy).queryLanguage(language).build().toJson()).isEqualTo(original);
  }

  @Test
  void aPrefixedCopyDiffersOnlyInItsNames() {
    Supplier<Chainable> steps = () -> parallel("Par").branch(pass("B").result(1))
        .catchAll(c -> c.next(fail("F"))).next(succeed("S"));
    JsonNode original = root(steps.get());
    JsonNode copy = root(Fragment.of(steps.get()).insert("p "));
    String renamed = copy.toString().replace("p Par", "Par").replace("\"p B\"", "\"B\"")
        .replace("\"p F\"", "\"F\"").replace("\"p S\"", "\"S\"");
    assertThat(DslJson.parse(renamed)).isEqualTo(original);
  }
}
