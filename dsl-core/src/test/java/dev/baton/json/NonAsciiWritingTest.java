package dev.baton.json;

import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.dsl.Chainable;
import dev.baton.dsl.PassStep;
import dev.baton.dsl.Workflow;
import dev.baton.model.Catcher;
import dev.baton.model.Retrier;
import dev.baton.model.StateMachine;
import dev.baton.model.TaskState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer keeps text as one byte per character until a character above U+00FF comes, then
 * switches to a StringBuilder for the rest: whatever the characters and wherever they first appear,
 * the text must be the canonical print of itself, read back and written again the same, and have the UTF-8
 * size that {@link StateMachine#jsonSize()} reports.
 */
class NonAsciiWritingTest {
  /** Reads decimals exactly, as the writer prints them (1.50 stays 1.50). */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @ParameterizedTest
  @ValueSource(strings = {"plain", "caf\u00e9 \u00ff", "\u65e5\u672c", "smile \uD83D\uDE00", "quote \" back \\ tab \t",
      "line\nbreak \u0001", "del \u007f", "mixed \u00e9 \u65e5 \"x\""})
  void writesAnyTextAtAnyPlace(String text) throws Exception {
    for (int asciiStatesBefore : new int[] {0, 3, 40}) {
      StateMachine machine = machine(text, asciiStatesBefore);
      String json = machine.toJson();
      assertThat(json).isEqualTo(CanonicalJson.print(JSON.readTree(json)));
      // Read back and written again, the same text (numbers read from text may change class, 2.5 is
      // a double in Java and a decimal once read, so the models are compared through their text).
      assertThat(StateMachine.fromJson(json).toJson()).isEqualTo(json);
      assertThat(machine.jsonSize()).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
      assertThat(json).contains("Named " + JSON.writeValueAsString(text).replaceAll("^\"|\"$", ""));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 9, 10, -1, -10, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void writesNumbersAsJsonDoes(int number) throws Exception {
    Retrier retrier = Retrier.builder(List.of("States.ALL")).intervalSeconds(number)
        .maxAttempts(number).backoffRate(new BigDecimal(number)).maxDelaySeconds(number).build();
    TaskState task = TaskState.builder().name("T").resource("arn:aws:states:::lambda:invoke")
        .retry(List.of(retrier)).catchers(List.<Catcher>of()).end(true).build();
    StateMachine machine = StateMachine.builder().startAt("T").states(Map.of("T", task)).build();
    String json = machine.toJson();
    assertThat(json).isEqualTo(CanonicalJson.print(JSON.readTree(json)));
    assertThat(machine.jsonSize()).isEqualTo(json.length());
    assertThat(json).contains("\"IntervalSeconds\": " + number + ",").contains("\"BackoffRate\": " + number + ",");
  }

  private static StateMachine machine(String text, int asciiStatesBefore) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("key " + text, text);
    result.put("list", List.of(text, 1, true));
    Map<String, Object> kinds = new LinkedHashMap<>();
    kinds.put("empty object", Map.of());
    kinds.put("empty list", List.of());
    kinds.put("decimal", new BigDecimal("1.50"));
    kinds.put("double", 2.5);
    kinds.put("long", Long.MIN_VALUE);
    kinds.put("null", null);
    kinds.put("nested", List.of(Map.of("deep", List.of(List.of(false)))));
    result.put("kinds", kinds);
    Chainable last = succeed("Done " + text).comment(text);
    PassStep named = pass("Named " + text).comment(text).result(result);
    named.next(last);
    Chainable first = named;
    for (int i = asciiStatesBefore; i > 0; i--) {
      PassStep before = pass("Before " + i).result("ascii " + i);
      before.next(first);
      first = before;
    }
    return Workflow.startingWith(first).comment(text).build();
  }
}
