package dev.baton.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.ChoiceState;
import dev.baton.model.ComparisonOperator;
import dev.baton.model.Condition;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One definition that uses every field of every state type (both query languages, every Choice
 * operator, every Map part) reads into the model and writes back as the same JSON.
 */
class EveryFieldRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String definition() throws IOException {
    try (InputStream in = EveryFieldRoundTripTest.class.getResourceAsStream("/json/every-field.asl.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyFieldSurvivesARoundTrip() throws IOException {
    String original = definition();
    AslReader.Result result = AslReader.readLenient(original);
    assertThat(result.problems()).isEmpty();
    String written = result.stateMachine().orElseThrow().toJson();
    assertThat(JsonTrees.firstDifference(JSON.readTree(original), JSON.readTree(written), ""))
        .as("first difference in:%n%s", written)
        .isNull();
  }

  @Test
  void everyComparisonOperatorIsRead() throws IOException {
    StateMachine machine = StateMachine.fromJson(definition());
    ChoiceState choice = (ChoiceState) machine.states().get("Choice All");
    Set<ComparisonOperator> seen = EnumSet.noneOf(ComparisonOperator.class);
    choice.choices().forEach(rule -> {
      if (rule.condition() instanceof Condition.Comparison comparison) {
        seen.add(comparison.operator());
      }
    });
    assertThat(seen).containsExactlyInAnyOrder(ComparisonOperator.values());
  }

  @Test
  void canonicalOutputIsStableAndUsesTwoSpaceIndentation() throws IOException {
    StateMachine machine = StateMachine.fromJson(definition());
    String written = machine.toJson();
    assertThat(StateMachine.fromJson(written).toJson()).isEqualTo(written);
    assertThat(written).startsWith("{\n  \"Comment\": \"every field\",\n  \"Version\": \"1.0\",\n");
    assertThat(written).endsWith("}\n");
    assertThat(written).doesNotContain("\t").doesNotContain(" :");
  }

  @Test
  void numbersKeepTheirValueAndForm() throws IOException {
    JsonNode written = JSON.readTree(StateMachine.fromJson(definition()).toJson());
    JsonNode result = written.get("States").get("Pass All").get("Result");
    assertThat(result.get("big").asLong()).isEqualTo(12345678901234L);
    assertThat(result.get("deep").get(1).decimalValue()).isEqualByComparingTo("2.5");
    assertThat(written.get("States").get("Task All").get("Retry").get(0).get("BackoffRate").asText()).isEqualTo("1.5");
  }
}
