package dev.baton.dsl;

import static dev.baton.dsl.Baton.intrinsic;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.ref;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.DslJson.FUNCTION;
import static dev.baton.dsl.DslJson.ROLE;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.firstJsonata;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.integrations.Integration;
import dev.baton.integrations.Lambda;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every setter of the Task step, as written ASL, and its misuse. */
class TaskStepTest {
  @Test
  void theIntegrationIsKeptAndWritten() {
    Lambda lambda = Lambda.invoke(FUNCTION);
    TaskStep t = task("T", lambda);
    assertThat(t.integration()).isSameAs(lambda);
    JsonNode json = first(t);
    assertThat(json.get("Resource").asText()).isEqualTo("arn:aws:states:::lambda:invoke");
    assertThat(json.get("Parameters").get("FunctionName").asText()).isEqualTo(FUNCTION);
  }

  @Test
  void anIntegrationWithoutParametersWritesNone() {
    JsonNode json = first(task("T", Lambda.function(FUNCTION)));
    assertThat(json.get("Resource").asText()).isEqualTo(FUNCTION);
    assertThat(json.has("Parameters")).isFalse();
    assertThat(json.has("Arguments")).isFalse();
  }

  @Test
  void argumentsReplaceTheIntegrationsRequestInAJsonataState() {
    JsonNode expression = firstJsonata(task("T", Lambda.invoke(FUNCTION).payload(jsonata("$states.input")))
        .arguments(jsonata("$merge([{'FunctionName': 'f'}, {'Payload': $states.input}])")));
    assertThat(expression.get("Arguments").asText())
        .isEqualTo("{% $merge([{'FunctionName': 'f'}, {'Payload': $states.input}]) %}");
    assertThat(expression.has("Parameters")).isFalse();
    JsonNode object = firstJsonata(task("T", Lambda.invoke(FUNCTION))
        .arguments(ordered("FunctionName", "other", "Payload", ordered("id", jsonata("$states.input.id")))));
    assertThat(keys(object.get("Arguments"))).containsExactly("FunctionName", "Payload");
    assertThat(object.get("Arguments").get("FunctionName").asText()).isEqualTo("other");
    assertThat(object.get("Arguments").get("Payload").get("id").asText()).isEqualTo("{% $states.input.id %}");
  }

  @Test
  void timeoutAndHeartbeatLiterals() {
    JsonNode json = first(task("T", Lambda.invoke(FUNCTION)).timeoutSeconds(300).heartbeatSeconds(60));
    assertThat(json.get("TimeoutSeconds").asInt()).isEqualTo(300);
    assertThat(json.get("HeartbeatSeconds").asInt()).isEqualTo(60);
    JsonNode reversed = first(task("T", Lambda.invoke(FUNCTION)).heartbeatSeconds(59).timeoutSeconds(60));
    assertThat(reversed.get("TimeoutSeconds").asInt()).isEqualTo(60);
    assertThat(reversed.get("HeartbeatSeconds").asInt()).isEqualTo(59);
  }

  @Test
  void timeoutAndHeartbeatFromJsonata() {
    JsonNode json = firstJsonata(task("T", Lambda.invoke(FUNCTION))
        .timeoutSeconds(jsonata("$states.input.timeout"))
        .heartbeatSeconds(jsonata("$states.input.heartbeat")));
    assertThat(json.get("TimeoutSeconds").asText()).isEqualTo("{% $states.input.timeout %}");
    assertThat(json.get("HeartbeatSeconds").asText()).isEqualTo("{% $states.input.heartbeat %}");
  }

  @Test
  void aJsonataTimeoutIsNotComparedWithALiteralHeartbeat() {
    JsonNode json = firstJsonata(task("T", Lambda.invoke(FUNCTION))
        .timeoutSeconds(jsonata("5")).heartbeatSeconds(100));
    assertThat(json.get("TimeoutSeconds").asText()).isEqualTo("{% 5 %}");
    assertThat(json.get("HeartbeatSeconds").asInt()).isEqualTo(100);
  }

  @Test
  void timeoutAndHeartbeatPaths() {
    JsonNode json = first(task("T", Lambda.invoke(FUNCTION))
        .timeoutSecondsPath("$.limits.timeout").heartbeatSecondsPath("$.limits.heartbeat"));
    assertThat(json.get("TimeoutSecondsPath").asText()).isEqualTo("$.limits.timeout");
    assertThat(json.get("HeartbeatSecondsPath").asText()).isEqualTo("$.limits.heartbeat");
    assertThat(json.has("TimeoutSeconds")).isFalse();
  }

  @Test
  void credentialsFromALiteralRoleArn() {
    JsonNode credentials = first(task("T", Lambda.invoke(FUNCTION)).credentials(ROLE)).get("Credentials");
    assertThat(keys(credentials)).containsExactly("RoleArn");
    assertThat(credentials.get("RoleArn").asText()).isEqualTo(ROLE);
  }

  @Test
  void credentialsFromAPath() {
    JsonNode credentials = first(task("T", Lambda.invoke(FUNCTION)).credentials(path("$.roleArn")))
        .get("Credentials");
    assertThat(keys(credentials)).containsExactly("RoleArn.$");
    assertThat(credentials.get("RoleArn.$").asText()).isEqualTo("$.roleArn");
  }

  @Test
  void credentialsFromAnIntrinsic() {
    JsonNode credentials = first(task("T", Lambda.invoke(FUNCTION))
        .credentials(intrinsic("States.Format('arn:aws:iam::{}:role/worker', $.account)"))).get("Credentials");
    assertThat(credentials.get("RoleArn.$").asText()).isEqualTo("States.Format('arn:aws:iam::{}:role/worker', $.account)");
  }

  @Test
  void credentialsFromJsonata() {
    JsonNode credentials = firstJsonata(task("T", Lambda.invoke(FUNCTION))
        .credentials(jsonata("$states.input.role"))).get("Credentials");
    assertThat(credentials.get("RoleArn").asText()).isEqualTo("{% $states.input.role %}");
  }

  @Test
  void resultSelectorResultPathAndDiscardResult() {
    JsonNode json = first(task("T", Lambda.invoke(FUNCTION))
        .resultSelector(ordered("id", path("$.Payload.id"), "source", "lambda"))
        .resultPath("$.result"));
    assertThat(json.get("ResultSelector").get("id.$").asText()).isEqualTo("$.Payload.id");
    assertThat(json.get("ResultSelector").get("source").asText()).isEqualTo("lambda");
    assertThat(json.get("ResultPath").asText()).isEqualTo("$.result");
    assertThat(first(task("T", Lambda.invoke(FUNCTION)).resultPath(ref("$.typed.result")))
        .get("ResultPath").asText()).isEqualTo("$.typed.result");
    JsonNode discarded = first(task("T", Lambda.invoke(FUNCTION)).discardResult());
    assertThat(discarded.get("ResultPath").isNull()).isTrue();
  }

  @Test
  void fieldsAreWrittenInCanonicalOrder() {
    JsonNode json = first(task("T", Lambda.invoke(FUNCTION)).credentials(ROLE).heartbeatSeconds(5)
        .timeoutSeconds(10).assign("v", 1).outputPath("$.o").resultPath("$.r").resultSelector(ordered("a", 1))
        .inputPath("$.i").comment("c").retry(Retry.onAllErrors()).catchAll(c -> c.next(succeed("Caught"))));
    assertThat(keys(json)).containsExactly("Type", "Comment", "Resource", "InputPath", "Parameters",
        "ResultSelector", "ResultPath", "OutputPath", "Assign", "TimeoutSeconds", "HeartbeatSeconds",
        "Credentials", "Retry", "Catch", "End");
  }

  @Test
  void theIntegrationIsRequired() {
    assertThatThrownBy(() -> task("T", (Integration) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state 'T': the integration is required");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5})
  void timeoutAndHeartbeatMustBePositive(int seconds) {
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).timeoutSeconds(seconds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'T': TimeoutSeconds must be at least 1, not " + seconds);
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).heartbeatSeconds(seconds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'T': HeartbeatSeconds must be at least 1, not " + seconds);
  }

  @Test
  void theHeartbeatMustBeShorterThanTheTimeoutInEitherOrder() {
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).heartbeatSeconds(10).timeoutSeconds(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'T': HeartbeatSeconds (10) must be smaller than TimeoutSeconds (5)");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).timeoutSeconds(5).heartbeatSeconds(6))
        .hasMessage("state 'T': HeartbeatSeconds (6) must be smaller than TimeoutSeconds (5)");
  }

  @Test
  void aRejectedTimeoutLeavesTheStepUnchanged() {
    TaskStep t = task("T", Lambda.invoke(FUNCTION)).timeoutSeconds(100).heartbeatSeconds(50);
    assertThatThrownBy(() -> t.timeoutSeconds(20)).isInstanceOf(IllegalArgumentException.class);
    assertThat(first(t).get("TimeoutSeconds").asInt()).isEqualTo(100);
  }

  @Test
  void timeoutAndHeartbeatPathsMustBeReferencePaths() {
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).timeoutSecondsPath("$..timeout"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'T': TimeoutSecondsPath must be a Reference Path: ");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).heartbeatSecondsPath("$.h[0:2]"))
        .hasMessageStartingWith("state 'T': HeartbeatSecondsPath must be a Reference Path: ");
  }

  @Test
  void templatesThatCannotBeWrittenNameTheStateAndTheField() {
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).arguments(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'T': Arguments: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).credentials(new Object()))
        .hasMessageStartingWith("state 'T': Credentials: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).resultSelector(new Object()))
        .hasMessageStartingWith("state 'T': ResultSelector: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).resultPath("$.a[?(@.x)]"))
        .hasMessageStartingWith("state 'T': ResultPath must be a Reference Path: ");
  }
}
