package dev.baton.local.functions;

import static dev.baton.local.functions.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.ReferencePath;
import org.junit.jupiter.api.Test;

class ResultPathWriterTest {

  private static JsonNode write(String path, String target, String value) {
    return ResultPathWriter.write(ReferencePath.of(path), json(target), json(value));
  }

  @Test
  void dollarReplacesTheWholeDocument() {
    JsonNode value = json("{'r':1}");
    assertThat(ResultPathWriter.write(ReferencePath.of("$"), json("[1]"), value)).isSameAs(value);
  }

  @Test
  void writesAMemberAndKeepsTheOthers() {
    // the AWS docs' example: ResultPath "$.taskresult" keeps the input beside the result
    assertThat(write("$.taskresult", "{'comment':'x','details':'y'}", "'Hello'"))
        .isEqualTo(json("{'comment':'x','details':'y','taskresult':'Hello'}"));
  }

  @Test
  void createsMissingObjects() {
    assertThat(write("$.a.b.c", "{'x':1}", "2")).isEqualTo(json("{'x':1,'a':{'b':{'c':2}}}"));
  }

  @Test
  void replacesAnExistingMemberInPlace() {
    JsonNode written = write("$.a", "{'a':1,'b':2}", "[3]");
    assertThat(written).isEqualTo(json("{'a':[3],'b':2}"));
    assertThat(written.fieldNames()).toIterable().containsExactly("a", "b");
  }

  @Test
  void replacesAnArrayElement() {
    assertThat(write("$.list[1].v", "{'list':[{'v':0},{'v':1}]}", "9"))
        .isEqualTo(json("{'list':[{'v':0},{'v':9}]}"));
  }

  @Test
  void sharesEverythingOffTheWrittenSpine() {
    JsonNode target = json("{'big':{'x':[1,2,3]},'a':{'b':1}}");
    JsonNode written = ResultPathWriter.write(ReferencePath.of("$.a.c"), target, json("2"));
    assertThat(written.get("big")).isSameAs(target.get("big"));
    assertThat(written.get("a")).isNotSameAs(target.get("a"));
    assertThat(target).isEqualTo(json("{'big':{'x':[1,2,3]},'a':{'b':1}}"));
  }

  @Test
  void failsOnANonObjectTarget() {
    assertThatThrownBy(() -> write("$.x", "'text'", "1"))
        .isInstanceOfSatisfying(
            StatesError.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.ResultPathMatchFailure");
              assertThat(e.cause()).contains("$.x").contains("a string");
            });
    assertThatThrownBy(() -> write("$.x", "[1]", "1"))
        .hasMessageContaining("States.ResultPathMatchFailure")
        .hasMessageContaining("an array");
  }

  @Test
  void failsWhenAStepIsNotAnObject() {
    assertThatThrownBy(() -> write("$.a.b", "{'a':5}", "1"))
        .isInstanceOfSatisfying(
            StatesError.class, e -> assertThat(e.cause()).contains("$.a.b").contains("'b'"));
  }

  @Test
  void failsOnAnIndexOutOfRangeOrOnANonArray() {
    assertThatThrownBy(() -> write("$.l[2]", "{'l':[1]}", "1"))
        .isInstanceOfSatisfying(
            StatesError.class, e -> assertThat(e.cause()).contains("out of range"));
    assertThatThrownBy(() -> write("$.l[0]", "{}", "1"))
        .isInstanceOfSatisfying(
            StatesError.class,
            e -> assertThat(e.error()).isEqualTo(StatesError.RESULT_PATH_MATCH_FAILURE));
  }
}
