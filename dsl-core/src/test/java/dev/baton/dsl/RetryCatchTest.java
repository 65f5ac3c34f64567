package dev.baton.dsl;

import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.intrinsic;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.DslJson.FUNCTION;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.jsonataStates;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.integrations.Lambda;
import dev.baton.model.JitterStrategy;
import dev.baton.model.Retrier;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every setter of Retry and Catch, with its argument checks, as written ASL. */
class RetryCatchTest {

  private static JsonNode retrier(Retry retry) {
    return first(task("T", Lambda.invoke(FUNCTION)).retry(retry)).get("Retry").get(0);
  }

  private static JsonNode catcher(UnaryOperator<Catch> spec) {
    return states(task("T", Lambda.invoke(FUNCTION)).catching(spec.apply(Catch.on(Errors.TIMEOUT))
        .next(succeed("Handler")))).get("T").get("Catch").get(0);
  }

  @Test
  void aRetrierWithOnlyErrorsTakesTheAslDefaults() {
    JsonNode r = retrier(Retry.on(Errors.TIMEOUT, Errors.TASK_FAILED));
    assertThat(keys(r)).containsExactly("ErrorEquals");
    assertThat(r.get("ErrorEquals")).extracting(JsonNode::asText)
        .containsExactly("States.Timeout", "States.TaskFailed");
    assertThat(retrier(Retry.onAllErrors()).get("ErrorEquals")).extracting(JsonNode::asText)
        .containsExactly("States.ALL");
  }

  @Test
  void everySetterIsWrittenInCanonicalOrder() {
    JsonNode r = retrier(Retry.on(Errors.LAMBDA_SERVICE_EXCEPTION)
        .comment("transient").jitter(JitterStrategy.NONE).maxDelaySeconds(30).backoffRate(1.5)
        .maxAttempts(0).intervalSeconds(1));
    assertThat(keys(r)).containsExactly("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
        "MaxDelaySeconds", "JitterStrategy", "Comment");
    assertThat(r.get("IntervalSeconds").asInt()).isEqualTo(1);
    assertThat(r.get("MaxAttempts").asInt()).isZero();
    assertThat(r.get("BackoffRate").asDouble()).isEqualTo(1.5);
    assertThat(r.get("MaxDelaySeconds").asInt()).isEqualTo(30);
    assertThat(r.get("JitterStrategy").asText()).isEqualTo("NONE");
    assertThat(r.get("Comment").asText()).isEqualTo("transient");
  }

  @Test
  void aBackoffRateOfOneIsAllowed() {
    assertThat(retrier(Retry.onAllErrors().backoffRate(1.0)).get("BackoffRate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void retryIsImmutable() {
    Retry base = Retry.on("Custom.Error");
    Retry changed = base.intervalSeconds(5).maxAttempts(7);
    assertThat(changed).isNotSameAs(base);
    assertThat(base.toRetrier().intervalSeconds()).isEmpty();
    assertThat(base.toRetrier().maxAttempts()).isEmpty();
    Retrier model = changed.toRetrier();
    assertThat(model.errorEquals()).containsExactly("Custom.Error");
    assertThat(model.intervalSeconds()).contains(5);
    assertThat(model.maxAttempts()).contains(7);
    assertThat(model.backoffRate()).isEmpty();
    assertThat(Retry.onAllErrors().backoffRate(2.5).toRetrier().backoffRate()).contains(new BigDecimal("2.5"));
  }

  @Test
  void aRetryNeedsAnErrorName() {
    assertThatThrownBy(() -> Retry.on())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Retry.on needs at least one error name, e.g. Errors.ALL");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void intervalAndMaxDelayMustBePositive(int seconds) {
    assertThatThrownBy(() -> Retry.onAllErrors().intervalSeconds(seconds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("IntervalSeconds must be at least 1, not " + seconds);
    assertThatThrownBy(() -> Retry.onAllErrors().maxDelaySeconds(seconds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MaxDelaySeconds must be at least 1, not " + seconds);
  }

  @Test
  void maxAttemptsCannotBeNegative() {
    assertThatThrownBy(() -> Retry.onAllErrors().maxAttempts(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MaxAttempts must be 0 or more, not -1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.99, 0, -2, Double.NaN})
  void theBackoffRateIsAtLeastOne(double rate) {
    assertThatThrownBy(() -> Retry.onAllErrors().backoffRate(rate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BackoffRate must be at least 1.0, not " + rate);
  }

  @Test
  void aCatcherWithOnlyErrorsAndNext() {
    JsonNode c = catcher(k -> k);
    assertThat(keys(c)).containsExactly("ErrorEquals", "Next");
    assertThat(c.get("Next").asText()).isEqualTo("Handler");
    JsonNode several = states(task("T", Lambda.invoke(FUNCTION))
        .catching(Catch.on(Errors.TIMEOUT, Errors.HEARTBEAT_TIMEOUT, "Custom.Error").next(fail("F"))))
        .get("T").get("Catch").get(0);
    assertThat(several.get("ErrorEquals")).extracting(JsonNode::asText)
        .containsExactly("States.Timeout", "States.HeartbeatTimeout", "Custom.Error");
  }

  @Test
  void resultPathDiscardErrorAndComment() {
    JsonNode c = catcher(k -> k.resultPath("$.error").comment("keep the error"));
    assertThat(keys(c)).containsExactly("ErrorEquals", "ResultPath", "Comment", "Next");
    assertThat(c.get("ResultPath").asText()).isEqualTo("$.error");
    assertThat(c.get("Comment").asText()).isEqualTo("keep the error");
    JsonNode discarded = catcher(Catch::discardError);
    assertThat(discarded.has("ResultPath")).isTrue();
    assertThat(discarded.get("ResultPath").isNull()).isTrue();
    assertThat(catcher(k -> k.discardError().resultPath("$.e")).get("ResultPath").asText()).isEqualTo("$.e");
  }

  @Test
  void assignInAJsonPathState() {
    JsonNode assign = catcher(k -> k.assign("error", path("$.Cause")).assign("failedAt", path("$$.State.EnteredTime"))
        .assign("message", intrinsic("States.Format('failed: {}', $.Error)")).assign("count", 1))
        .get("Assign");
    assertThat(keys(assign)).containsExactly("error.$", "failedAt.$", "message.$", "count");
    assertThat(assign.get("error.$").asText()).isEqualTo("$.Cause");
    assertThat(assign.get("message.$").asText()).isEqualTo("States.Format('failed: {}', $.Error)");
  }

  @Test
  void outputAndAssignInAJsonataState() {
    JsonNode c = jsonataStates(task("T", Lambda.invoke(FUNCTION))
            .catching(Catch.on(Errors.ALL).output(jsonata("$states.errorOutput"))
                .assign("error", jsonata("$states.errorOutput.Error")).assign("v", "x").comment("all")
                .next(pass("Handler"))))
        .get("T").get("Catch").get(0);
    assertThat(keys(c)).containsExactly("ErrorEquals", "Output", "Assign", "Comment", "Next");
    assertThat(c.get("Output").asText()).isEqualTo("{% $states.errorOutput %}");
    assertThat(c.get("Assign").get("error").asText()).isEqualTo("{% $states.errorOutput.Error %}");
    assertThat(c.get("Assign").get("v").asText()).isEqualTo("x");
  }

  @Test
  void catchIsImmutable() {
    Catch base = Catch.on(Errors.TIMEOUT);
    Catch configured = base.resultPath("$.e").comment("c").assign("v", 1);
    Catch first = base.assign("a", 1);
    Catch second = first.assign("b", 2);
    assertThat(configured).isNotSameAs(base);
    JsonNode catchers = states(task("T", Lambda.invoke(FUNCTION))
        .catching(base.next(succeed("H0")))
        .catching(configured.next(succeed("H1")))
        .catching(first.next(succeed("H2")))
        .catching(second.next(succeed("H3"))))
        .get("T").get("Catch");
    assertThat(keys(catchers.get(0))).containsExactly("ErrorEquals", "Next");
    assertThat(keys(catchers.get(1))).containsExactly("ErrorEquals", "ResultPath", "Assign", "Comment", "Next");
    assertThat(keys(catchers.get(2).get("Assign"))).containsExactly("a");
    assertThat(keys(catchers.get(3).get("Assign"))).containsExactly("a", "b");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).catching(configured))
        .hasMessage("state 'T': a catcher of [States.Timeout] has no next step; call .next(handler)");
  }

  @Test
  void theHandlerCanBeAChainAndItsStatesJoinTheScope() {
    JsonNode states = states(task("T", Lambda.invoke(FUNCTION))
        .catchAll(c -> c.next(pass("Log").next(fail("Failed")))));
    assertThat(states.get("T").get("Catch").get(0).get("Next").asText()).isEqualTo("Log");
    assertThat(states.get("Log").get("Next").asText()).isEqualTo("Failed");
  }

  @Test
  void aCatchNeedsAnErrorNameAndAHandler() {
    assertThatThrownBy(() -> Catch.on())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Catch.on needs at least one error name, e.g. Errors.ALL");
    assertThatThrownBy(() -> Catch.onAllErrors().next(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("handler");
  }

  @Test
  void aCatchResultPathMustBeAReferencePath() {
    assertThatThrownBy(() -> Catch.onAllErrors().resultPath("$.errors[*]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Catch ResultPath must be a Reference Path: ");
    assertThatThrownBy(() -> Catch.onAllErrors().resultPath("error"))
        .hasMessageStartingWith("Catch ResultPath must be a Reference Path: ");
  }
}
