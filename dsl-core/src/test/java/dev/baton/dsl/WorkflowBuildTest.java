package dev.baton.dsl;

import static dev.baton.dsl.Baton.and;
import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.map;
import static dev.baton.dsl.Baton.not;
import static dev.baton.dsl.Baton.parallel;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.Baton.variable;
import static dev.baton.dsl.Baton.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.integrations.Lambda;
import dev.baton.integrations.Sns;
import dev.baton.model.ExecutionType;
import dev.baton.model.JitterStrategy;
import dev.baton.model.QueryLanguage;
import dev.baton.model.StateMachine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building workflows with the DSL: the JSON it writes, and every problem build() reports. */
class WorkflowBuildTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:work";

  private static JsonNode json(StateMachine machine) throws Exception {
    return JSON.readTree(machine.toJson());
  }

  @Test
  void aChainWritesNextAndEndInExecutionOrder() throws Exception {
    StateMachine machine = Workflow.startingWith(
            pass("A").next(pass("B")).next(succeed("C")))
        .build();
    JsonNode states = json(machine).get("States");
    assertThat(json(machine).get("StartAt").asText()).isEqualTo("A");
    assertThat(states.get("A").get("Next").asText()).isEqualTo("B");
    assertThat(states.get("B").get("Next").asText()).isEqualTo("C");
    assertThat(states.get("C").get("Type").asText()).isEqualTo("Succeed");
    assertThat(List.of(states.fieldNames().next())).containsExactly("A");
  }

  @Test
  void anOpenEndBecomesAnEndState() throws Exception {
    JsonNode states = json(Workflow.startingWith(pass("A").next(pass("B"))).build()).get("States");
    assertThat(states.get("B").get("End").asBoolean()).isTrue();
    assertThat(states.get("A").has("End")).isFalse();
  }

  @Test
  void loopsAreWrittenByReference() throws Exception {
    ChoiceStep done = choice("Done?");
    WaitStep pause = waitFor("Pause").seconds(5);
    TaskStep poll = task("Poll", Lambda.invoke(FUNCTION)).resultPath("$.status");
    poll.next(done);
    done.when(variable("$.status.Payload.done").booleanEquals(true), succeed("Finished"))
        .otherwise(pause);
    pause.next(poll);
    JsonNode states = json(Workflow.startingWith(poll).build()).get("States");
    assertThat(states.get("Pause").get("Next").asText()).isEqualTo("Poll");
    assertThat(states.get("Done?").get("Default").asText()).isEqualTo("Pause");
    assertThat(states.get("Done?").get("Choices").get(0).get("BooleanEquals").asBoolean()).isTrue();
  }

  @Test
  void pathsInRequestsAreWrittenWithDollarKeys() throws Exception {
    StateMachine machine = Workflow.startingWith(
            task("Notify", Sns.publish("arn:aws:sns:us-east-1:123456789012:topic")
                .subject("Done")
                .message(path("$.result"))))
        .build();
    JsonNode parameters = json(machine).get("States").get("Notify").get("Parameters");
    assertThat(parameters.get("Message.$").asText()).isEqualTo("$.result");
    assertThat(parameters.get("Subject").asText()).isEqualTo("Done");
    assertThat(parameters.has("Message")).isFalse();
  }

  @Test
  void aJsonataStateWritesItsRequestAsArguments() throws Exception {
    StateMachine machine = Workflow.startingWith(
            task("Invoke", Lambda.invoke(FUNCTION).payload(jsonata("$states.input.order")))
                .output(jsonata("$states.result.Payload"))
                .assign("orderId", jsonata("$states.input.order.id")))
        .queryLanguage(QueryLanguage.JSONATA)
        .build();
    JsonNode task = json(machine).get("States").get("Invoke");
    assertThat(json(machine).get("QueryLanguage").asText()).isEqualTo("JSONata");
    assertThat(task.has("Parameters")).isFalse();
    assertThat(task.get("Arguments").get("Payload").asText()).isEqualTo("{% $states.input.order %}");
    assertThat(task.get("Output").asText()).isEqualTo("{% $states.result.Payload %}");
    assertThat(task.get("Assign").get("orderId").asText()).isEqualTo("{% $states.input.order.id %}");
  }

  @Test
  void retriesAndCatchersAreWrittenInOrder() throws Exception {
    FailStep failed = fail("Failed").error("Boom").cause("it broke");
    StateMachine machine = Workflow.startingWith(
            task("Work", Lambda.invoke(FUNCTION))
                .retry(Retry.on(Errors.LAMBDA_SERVICE_EXCEPTION, Errors.LAMBDA_TOO_MANY_REQUESTS)
                    .intervalSeconds(2).maxAttempts(6).backoffRate(2.0).maxDelaySeconds(60)
                    .jitter(JitterStrategy.FULL))
                .catching(Catch.on(Errors.TIMEOUT).next(failed))
                .catchAll(c -> c.resultPath("$.error").next(failed)))
        .build();
    JsonNode task = json(machine).get("States").get("Work");
    JsonNode retry = task.get("Retry").get(0);
    assertThat(retry.get("ErrorEquals")).hasSize(2);
    assertThat(retry.get("IntervalSeconds").asInt()).isEqualTo(2);
    assertThat(retry.get("MaxAttempts").asInt()).isEqualTo(6);
    assertThat(retry.get("BackoffRate").asDouble()).isEqualTo(2.0);
    assertThat(retry.get("MaxDelaySeconds").asInt()).isEqualTo(60);
    assertThat(retry.get("JitterStrategy").asText()).isEqualTo("FULL");
    assertThat(task.get("Catch").get(0).get("ErrorEquals").get(0).asText()).isEqualTo("States.Timeout");
    assertThat(task.get("Catch").get(1).get("ResultPath").asText()).isEqualTo("$.error");
    assertThat(task.get("Catch").get(1).get("Next").asText()).isEqualTo("Failed");
    assertThat(json(machine).get("States").get("Failed").get("Error").asText()).isEqualTo("Boom");
  }

  @Test
  void parallelAndMapBranchesAreScopesOfTheirOwn() throws Exception {
    StateMachine machine = Workflow.startingWith(
            parallel("Both")
                .branch(pass("Left"))
                .branch(pass("Right 1").next(pass("Right 2")))
                .next(map("Each")
                    .itemsPath("$[0].items")
                    .itemSelector(Map.of("item", path("$$.Map.Item.Value")))
                    .maxConcurrency(5)
                    .itemProcessor(task("Handle", Lambda.invoke(FUNCTION).payload(path("$.item"))))))
        .build();
    JsonNode states = json(machine).get("States");
    assertThat(states.size()).isEqualTo(2);
    JsonNode branches = states.get("Both").get("Branches");
    assertThat(branches.get(1).get("StartAt").asText()).isEqualTo("Right 1");
    assertThat(branches.get(1).get("States").get("Right 2").get("End").asBoolean()).isTrue();
    JsonNode each = states.get("Each");
    assertThat(each.get("ItemProcessor").get("States").get("Handle").get("End").asBoolean()).isTrue();
    assertThat(each.get("ItemSelector").get("item.$").asText()).isEqualTo("$$.Map.Item.Value");
    assertThat(machine.allStates()).hasSize(6);
  }

  @Test
  void distributedMapWritesItsProcessorConfig() throws Exception {
    StateMachine machine = Workflow.startingWith(
            map("Files").distributed(ExecutionType.EXPRESS).toleratedFailurePercentage(5).label("files")
                .itemProcessor(pass("One")))
        .build();
    JsonNode files = json(machine).get("States").get("Files");
    assertThat(files.get("ItemProcessor").get("ProcessorConfig").get("Mode").asText()).isEqualTo("DISTRIBUTED");
    assertThat(files.get("ItemProcessor").get("ProcessorConfig").get("ExecutionType").asText()).isEqualTo("EXPRESS");
    assertThat(files.get("ToleratedFailurePercentage").asDouble()).isEqualTo(5.0);
  }

  @Test
  void fragmentsAreCopiedWithAPrefixEachTimeTheyAreInserted() throws Exception {
    Fragment notify = Fragment.of(task("Notify", Sns.publish("topic").message(path("$.error")))
        .next(fail("Failed")));
    TaskStep a = task("A", Lambda.invoke(FUNCTION)).catchAll(c -> c.resultPath("$.error").next(notify.insert("A ")));
    TaskStep b = task("B", Lambda.invoke(FUNCTION)).catchAll(c -> c.resultPath("$.error").next(notify.insert("B ")));
    JsonNode states = json(Workflow.startingWith(a.next(b)).build()).get("States");
    assertThat(states.has("A Notify")).isTrue();
    assertThat(states.has("B Notify")).isTrue();
    assertThat(states.get("A Notify").get("Next").asText()).isEqualTo("A Failed");
    assertThat(states.get("B Notify").get("Next").asText()).isEqualTo("B Failed");
    assertThat(states.has("Notify")).isFalse();
  }

  @Test
  void aFragmentsOpenEndsCanBeContinued() throws Exception {
    Fragment twoSteps = Fragment.of(pass("One").next(pass("Two")));
    JsonNode states = json(Workflow.startingWith(twoSteps.insert("x-").next(succeed("Done"))).build()).get("States");
    assertThat(states.get("x-Two").get("Next").asText()).isEqualTo("Done");
  }

  @Test
  void conditionsCombine() throws Exception {
    StateMachine machine = Workflow.startingWith(choice("C")
            .when(and(variable("$.a").isPresent(), not(variable("$.a").numericLessThan(3))), succeed("Big"))
            .otherwise(succeed("Small")))
        .build();
    JsonNode rule = json(machine).get("States").get("C").get("Choices").get(0);
    assertThat(rule.get("And").get(0).get("IsPresent").asBoolean()).isTrue();
    assertThat(rule.get("And").get(1).get("Not").get("NumericLessThan").asInt()).isEqualTo(3);
    assertThat(rule.get("Next").asText()).isEqualTo("Big");
  }

  @Test
  void buildListsEveryProblemAtOnce() {
    ChoiceStep empty = choice("Empty");
    PassState2 twins = new PassState2();
    assertThatThrownBy(() -> Workflow.startingWith(twins.first.next(twins.second).next(empty)).build())
        .isInstanceOf(WorkflowBuildException.class)
        .satisfies(e -> assertThat(((WorkflowBuildException) e).problems())
            .anySatisfy(p -> assertThat(p).contains("two different states are named 'Twin'"))
            .anySatisfy(p -> assertThat(p).contains("Choice state 'Empty' has no rules")));
  }

  /** Two distinct steps that share a name. */
  private static final class PassState2 {
    final PassStep first = pass("Twin");
    final PassStep second = pass("Twin");
  }

  @Test
  void anEndlessLoopHasNoWayOut() {
    PassStep a = pass("A");
    PassStep b = pass("B");
    a.next(b);
    b.next(a);
    assertThatThrownBy(() -> Workflow.startingWith(a).build())
        .hasMessageContaining("state 'A' in the workflow has no way out")
        .hasMessageContaining("state 'B' in the workflow has no way out");
  }

  @Test
  void jsonPathFieldsInAJsonataStateAreRejected() {
    assertThatThrownBy(() -> Workflow.startingWith(
                task("T", Lambda.invoke(FUNCTION).payload(path("$.x"))).resultPath("$.r"))
            .queryLanguage(QueryLanguage.JSONATA)
            .build())
        .isInstanceOf(WorkflowBuildException.class)
        .hasMessageContaining("state 'T' is a JSONata state, but sets ResultPath")
        .hasMessageContaining("uses the JSONPath expression '$.x'");
  }

  @Test
  void jsonataInAJsonPathStateIsRejected() {
    assertThatThrownBy(() -> Workflow.startingWith(pass("P").output(jsonata("$states.input"))).build())
        .hasMessageContaining("state 'P' is a JSONPath state, but sets Output, a JSONata field");
  }

  @Test
  void aStateUsedInTwoScopesIsRejected() {
    PassStep shared = pass("Shared");
    assertThatThrownBy(() -> Workflow.startingWith(parallel("P").branch(shared).next(shared)).build())
        .hasMessageContaining("state 'Shared' is used in");
  }

  @Test
  void misuseFailsAtTheCallAndNamesTheState() {
    assertThatThrownBy(() -> pass("P").resultPath("$.a[*]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'P': ResultPath must be a Reference Path");
    assertThatThrownBy(() -> pass("P").inputPath("data"))
        .hasMessageStartingWith("state 'P': InputPath is not a valid path");
    assertThatThrownBy(() -> waitFor("W").seconds(1).secondsPath("$.s"))
        .hasMessageContaining("state 'W': a Wait state has exactly one of");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).timeoutSeconds(10).heartbeatSeconds(10))
        .hasMessageContaining("state 'T': HeartbeatSeconds (10) must be smaller than TimeoutSeconds (10)");
    assertThatThrownBy(() -> fail("F").error("E").errorPath("$.e"))
        .hasMessageContaining("state 'F': Error and ErrorPath are exclusive");
    assertThatThrownBy(() -> pass("x".repeat(81)))
        .hasMessageContaining("AWS allows at most 80");
    assertThatThrownBy(() -> pass("P").assign("1bad", 1))
        .hasMessageContaining("'1bad' is not a valid variable name");
    assertThatThrownBy(() -> map("M").label("l".repeat(41)))
        .hasMessageContaining("Label is at most 40 characters");
  }

  @Test
  void aStateHasOneNext() {
    PassStep a = pass("A");
    a.next(pass("B"));
    assertThatThrownBy(() -> a.next(pass("C")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("state 'A': it already goes to 'B'");
  }

  @Test
  void nothingContinuesAfterAFailState() {
    assertThatThrownBy(() -> fail("F").next(pass("P")))
        .hasMessageContaining("cannot continue after state 'F'");
  }

  @Test
  void topLevelFieldsAreWritten() throws Exception {
    JsonNode root = json(Workflow.startingWith(succeed("S"))
        .comment("c").version("1.0").timeoutSeconds(300).build());
    assertThat(root.get("Comment").asText()).isEqualTo("c");
    assertThat(root.get("Version").asText()).isEqualTo("1.0");
    assertThat(root.get("TimeoutSeconds").asInt()).isEqualTo(300);
  }

  @Test
  void aBuiltWorkflowReadsBackEqual() {
    StateMachine machine = Workflow.startingWith(
            task("Work", Lambda.invoke(FUNCTION).payload(Map.of("id", path("$.id"))))
                .resultPath("$.work")
                .retry(Retry.onAllErrors().maxAttempts(2))
                .next(waitFor("Pause").secondsPath("$.delay"))
                .next(succeed("Done")))
        .build();
    assertThat(StateMachine.fromJson(machine.toJson()).toJson()).isEqualTo(machine.toJson());
  }

  @Test
  void aBuiltWorkflowWithIntegerLiteralsIsEqualToItsReadBackModel() {
    StateMachine machine = Workflow.startingWith(
            pass("P").parameters(Map.of("small", 1, "large", 12345678901L))
                .next(choice("C").when(variable("$.small").numericEquals(1), succeed("S")).otherwise(succeed("T"))))
        .build();
    assertThat(StateMachine.fromJson(machine.toJson())).isEqualTo(machine);
  }
}
