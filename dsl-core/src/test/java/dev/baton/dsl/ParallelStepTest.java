package dev.baton.dsl;

import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.parallel;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.ref;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.DslJson.FUNCTION;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.firstJsonata;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.integrations.Lambda;
import dev.baton.model.JitterStrategy;
import org.junit.jupiter.api.Test;

/** Every setter of the Parallel step, as written ASL, and its misuse. */
class ParallelStepTest {

  @Test
  void branchesKeepTheirOrderAndTheirOwnEnds() {
    JsonNode p = first(parallel("P")
        .branch(pass("A1").next(pass("A2")))
        .branch(task("B", Lambda.invoke(FUNCTION)))
        .branch(succeed("C")));
    JsonNode branches = p.get("Branches");
    assertThat(branches).hasSize(3);
    assertThat(branches.get(0).get("StartAt").asText()).isEqualTo("A1");
    assertThat(keys(branches.get(0).get("States"))).containsExactly("A1", "A2");
    assertThat(branches.get(0).get("States").get("A1").get("Next").asText()).isEqualTo("A2");
    assertThat(branches.get(0).get("States").get("A2").get("End").asBoolean()).isTrue();
    assertThat(branches.get(1).get("States").get("B").get("End").asBoolean()).isTrue();
    assertThat(branches.get(2).get("States").get("C").get("Type").asText()).isEqualTo("Succeed");
    assertThat(p.get("End").asBoolean()).isTrue();
  }

  @Test
  void parametersInAJsonPathState() {
    JsonNode p = first(parallel("P").branch(pass("B"))
        .parameters(ordered("order", path("$.order"), "source", "api")));
    assertThat(keys(p.get("Parameters"))).containsExactly("order.$", "source");
    assertThat(p.get("Parameters").get("order.$").asText()).isEqualTo("$.order");
    assertThat(p.has("Arguments")).isFalse();
  }

  @Test
  void argumentsInAJsonataState() {
    JsonNode object = firstJsonata(parallel("P").branch(pass("B"))
        .arguments(ordered("order", jsonata("$states.input.order"), "source", "api")));
    assertThat(object.get("Arguments").get("order").asText()).isEqualTo("{% $states.input.order %}");
    assertThat(object.get("Arguments").get("source").asText()).isEqualTo("api");
    assertThat(object.has("Parameters")).isFalse();
    JsonNode expression = firstJsonata(parallel("P").branch(pass("B")).arguments(jsonata("$states.input.order")));
    assertThat(expression.get("Arguments").asText()).isEqualTo("{% $states.input.order %}");
  }

  @Test
  void resultSelectorResultPathAndOutputProcessing() {
    JsonNode p = first(parallel("P").branch(pass("B1")).branch(pass("B2"))
        .inputPath("$.in")
        .resultSelector(ordered("first", path("$[0]"), "second", path("$[1]")))
        .resultPath(ref("$.both"))
        .outputPath("$.both")
        .assign("done", true)
        .comment("both at once"));
    assertThat(keys(p)).containsExactly("Type", "Comment", "Branches", "InputPath", "ResultSelector", "ResultPath",
        "OutputPath", "Assign", "End");
    assertThat(p.get("ResultSelector").get("first.$").asText()).isEqualTo("$[0]");
    assertThat(p.get("ResultSelector").get("second.$").asText()).isEqualTo("$[1]");
    assertThat(p.get("ResultPath").asText()).isEqualTo("$.both");
    assertThat(first(parallel("P").branch(pass("B")).discardResult()).get("ResultPath").isNull()).isTrue();
    assertThat(first(parallel("P").branch(pass("B")).resultPath("$.r")).get("ResultPath").asText())
        .isEqualTo("$.r");
  }

  @Test
  void outputAndAssignInAJsonataState() {
    JsonNode p = firstJsonata(parallel("P").branch(pass("B"))
        .output(jsonata("$states.result[0]")).assign("all", jsonata("$states.result")));
    assertThat(p.get("Output").asText()).isEqualTo("{% $states.result[0] %}");
    assertThat(p.get("Assign").get("all").asText()).isEqualTo("{% $states.result %}");
  }

  @Test
  void retryAndCatchAreWrittenInOrder() {
    FailStep failed = fail("Failed");
    PassStep timedOut = pass("Timed Out");
    JsonNode states = states(parallel("P").branch(pass("B"))
        .retry(Retry.on(Errors.BRANCH_FAILED).maxAttempts(2))
        .retry(Retry.onAllErrors().jitter(JitterStrategy.FULL))
        .catching(Catch.on(Errors.TIMEOUT).discardError().next(timedOut))
        .catchAll(c -> c.resultPath("$.error").next(failed)));
    JsonNode p = states.get("P");
    assertThat(p.get("Retry")).hasSize(2);
    assertThat(p.get("Retry").get(0).get("ErrorEquals").get(0).asText()).isEqualTo("States.BranchFailed");
    assertThat(p.get("Retry").get(0).get("MaxAttempts").asInt()).isEqualTo(2);
    assertThat(p.get("Retry").get(1).get("JitterStrategy").asText()).isEqualTo("FULL");
    assertThat(p.get("Catch")).hasSize(2);
    assertThat(p.get("Catch").get(0).get("Next").asText()).isEqualTo("Timed Out");
    assertThat(p.get("Catch").get(0).get("ResultPath").isNull()).isTrue();
    assertThat(p.get("Catch").get(1).get("ErrorEquals").get(0).asText()).isEqualTo("States.ALL");
    assertThat(p.get("Catch").get(1).get("Next").asText()).isEqualTo("Failed");
    assertThat(states.has("Timed Out")).isTrue();
    assertThat(states.has("Failed")).isTrue();
  }

  @Test
  void aParallelStepContinues() {
    JsonNode states = states(parallel("P").branch(pass("B")).next(succeed("After")));
    assertThat(states.get("P").get("Next").asText()).isEqualTo("After");
    assertThat(states.get("P").has("End")).isFalse();
  }

  @Test
  void templatesThatCannotBeWrittenNameTheStateAndTheField() {
    assertThatThrownBy(() -> parallel("P").parameters(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'P': Parameters: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> parallel("P").arguments(new Object()))
        .hasMessageStartingWith("state 'P': Arguments: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> parallel("P").resultSelector(new Object()))
        .hasMessageStartingWith("state 'P': ResultSelector: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> parallel("P").resultPath("$.a.."))
        .hasMessageStartingWith("state 'P': ResultPath must be a Reference Path: ");
  }

  @Test
  void aCatcherWithoutItsNextStepIsRejected() {
    assertThatThrownBy(() -> parallel("P").catching(Catch.on(Errors.BRANCH_FAILED, Errors.TIMEOUT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'P': a catcher of [States.BranchFailed, States.Timeout] has no next step;"
            + " call .next(handler)");
    assertThatThrownBy(() -> parallel("P").catchAll(c -> c.resultPath("$.e")))
        .hasMessage("state 'P': a catcher of [States.ALL] has no next step; call .next(handler)");
  }
}
