package dev.baton.dsl;

import static dev.baton.dsl.Baton.intrinsic;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every setter of the Pass step, as written ASL, and its misuse. */
class PassStepTest {
  @Test
  void parametersAreAPayloadTemplate() {
    JsonNode parameters = first(pass("P").parameters(ordered(
            "id", path("$.order.id"),
            "greeting", intrinsic("States.Format('Hello {}', $.name)"),
            "fixed", "text",
            "inner", ordered("when.now", path("$$.State.EnteredTime")),
            "list", List.of(1, "two", ordered("p", path("$.p"))))))
        .get("Parameters");
    assertThat(keys(parameters)).containsExactly("id.$", "greeting.$", "fixed", "inner", "list");
    assertThat(parameters.get("id.$").asText()).isEqualTo("$.order.id");
    assertThat(parameters.get("greeting.$").asText()).isEqualTo("States.Format('Hello {}', $.name)");
    assertThat(parameters.get("fixed").asText()).isEqualTo("text");
    assertThat(parameters.get("inner").get("when.now.$").asText()).isEqualTo("$$.State.EnteredTime");
    assertThat(parameters.get("list").get(1).asText()).isEqualTo("two");
    assertThat(parameters.get("list").get(2).get("p.$").asText()).isEqualTo("$.p");
  }

  @Test
  void resultFromAMap() {
    JsonNode result = first(pass("P").result(ordered("a", 1, "b", List.of(true, "x")))).get("Result");
    assertThat(keys(result)).containsExactly("a", "b");
    assertThat(result.get("a").asInt()).isEqualTo(1);
    assertThat(result.get("b").get(0).asBoolean()).isTrue();
    assertThat(result.get("b").get(1).asText()).isEqualTo("x");
  }

  @Test
  void resultFromAList() {
    JsonNode result = first(pass("P").result(List.of(1, 2, 3))).get("Result");
    assertThat(result.isArray()).isTrue();
    assertThat(result).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
  }

  @Test
  void resultFromAJsonNodeIsCopied() {
    ObjectNode node = DslJson.JSON.createObjectNode().put("k", "v");
    PassStep p = pass("P").result(node);
    node.put("k", "changed later");
    node.put("extra", 1);
    JsonNode result = first(p).get("Result");
    assertThat(result.get("k").asText()).isEqualTo("v");
    assertThat(result.has("extra")).isFalse();
  }

  @Test
  void resultFromScalars() {
    assertThat(first(pass("S").result("text")).get("Result").asText()).isEqualTo("text");
    assertThat(first(pass("N").result(42)).get("Result").asInt()).isEqualTo(42);
    assertThat(first(pass("D").result(2.5)).get("Result").asDouble()).isEqualTo(2.5);
    assertThat(first(pass("B").result(false)).get("Result").isBoolean()).isTrue();
    assertThat(first(pass("B2").result(false)).get("Result").asBoolean()).isFalse();
    JsonNode nullResult = first(pass("Z").result(null));
    assertThat(nullResult.has("Result")).isTrue();
    assertThat(nullResult.get("Result").isNull()).isTrue();
  }

  @Test
  void resultPathAndDiscardResult() {
    assertThat(first(pass("P").result(1).resultPath("$.one")).get("ResultPath").asText()).isEqualTo("$.one");
    JsonNode discarded = first(pass("P").result(1).discardResult());
    assertThat(discarded.has("ResultPath")).isTrue();
    assertThat(discarded.get("ResultPath").isNull()).isTrue();
    assertThat(first(pass("P").discardResult().resultPath("$.x")).get("ResultPath").asText()).isEqualTo("$.x");
  }

  @Test
  void fieldsAreWrittenInCanonicalOrder() {
    JsonNode p = first(pass("P").comment("c").outputPath("$.o").resultPath("$.r").result(1)
        .parameters(ordered("a", 1)).inputPath("$.i").assign("v", 1));
    assertThat(keys(p)).containsExactly("Type", "Comment", "InputPath", "Parameters", "Result", "ResultPath",
        "OutputPath", "Assign", "End");
  }

  @Test
  void misuse() {
    assertThatThrownBy(() -> pass("P").parameters(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'P': Parameters: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> pass("P").resultPath("result"))
        .hasMessageStartingWith("state 'P': ResultPath must be a Reference Path: ");
  }
}
