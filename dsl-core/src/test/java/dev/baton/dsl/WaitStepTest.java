package dev.baton.dsl;

import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.waitFor;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.firstJsonata;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every duration setter of the Wait step, as written ASL, and its misuse. */
class WaitStepTest {
  @Test
  void secondsLiteral() {
    assertThat(first(waitFor("W").seconds(0)).get("Seconds").asInt()).isZero();
    JsonNode w = first(waitFor("W").seconds(90));
    assertThat(w.get("Seconds").isInt()).isTrue();
    assertThat(w.get("Seconds").asInt()).isEqualTo(90);
    assertThat(w.has("SecondsPath")).isFalse();
  }

  @Test
  void secondsFromJsonata() {
    JsonNode w = firstJsonata(waitFor("W").seconds(jsonata("$states.input.delay")));
    assertThat(w.get("Seconds").asText()).isEqualTo("{% $states.input.delay %}");
  }

  @Test
  void secondsPath() {
    assertThat(first(waitFor("W").secondsPath("$.delay")).get("SecondsPath").asText()).isEqualTo("$.delay");
    assertThat(first(waitFor("W").secondsPath("$wait.seconds")).get("SecondsPath").asText())
        .isEqualTo("$wait.seconds");
  }

  @Test
  void timestampIsWrittenInUtcWithZ() {
    JsonNode utc = first(waitFor("W").timestamp(OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC)));
    assertThat(utc.get("Timestamp").asText()).isEqualTo("2025-03-01T12:00:00Z");
    JsonNode fraction = first(waitFor("W").timestamp(
        OffsetDateTime.of(2025, 3, 1, 12, 0, 5, 250_000_000, ZoneOffset.UTC)));
    assertThat(fraction.get("Timestamp").asText()).isEqualTo("2025-03-01T12:00:05.25Z");
  }

  @Test
  void aTimestampWithAnotherOffsetIsConvertedToUtc() {
    JsonNode east = first(waitFor("W").timestamp(
        OffsetDateTime.of(2024, 1, 1, 1, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))));
    assertThat(east.get("Timestamp").asText()).isEqualTo("2023-12-31T20:00:00Z");
    JsonNode west = first(waitFor("W").timestamp(
        OffsetDateTime.of(2024, 6, 30, 22, 15, 0, 0, ZoneOffset.ofHours(-4))));
    assertThat(west.get("Timestamp").asText()).isEqualTo("2024-07-01T02:15:00Z");
  }

  @Test
  void timestampFromJsonata() {
    JsonNode w = firstJsonata(waitFor("W").timestamp(jsonata("$states.input.until")));
    assertThat(w.get("Timestamp").asText()).isEqualTo("{% $states.input.until %}");
  }

  @Test
  void timestampPath() {
    JsonNode w = first(waitFor("W").timestampPath("$.until"));
    assertThat(w.get("TimestampPath").asText()).isEqualTo("$.until");
    assertThat(keys(w)).containsExactly("Type", "TimestampPath", "End");
  }

  @Test
  void negativeSecondsAreRejected() {
    assertThatThrownBy(() -> waitFor("W").seconds(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'W': Seconds must be 0 or more, not -1");
  }

  @Test
  void durationPathsMustBeReferencePaths() {
    assertThatThrownBy(() -> waitFor("W").secondsPath("$.delays[*]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'W': SecondsPath must be a Reference Path: ");
    assertThatThrownBy(() -> waitFor("W").timestampPath("until"))
        .hasMessageStartingWith("state 'W': TimestampPath must be a Reference Path: ");
  }

  @Test
  void anInvalidPathDoesNotCountAsTheDuration() {
    WaitStep w = waitFor("W");
    assertThatThrownBy(() -> w.secondsPath("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThat(first(w.seconds(3)).get("Seconds").asInt()).isEqualTo(3);
  }

  @Test
  void everyDurationExcludesTheOthers() {
    String message = "state 'W': a Wait state has exactly one of Seconds, SecondsPath, Timestamp and TimestampPath;"
        + " it already has one";
    OffsetDateTime time = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    List<Supplier<WaitStep>> withDuration = List.of(
        () -> waitFor("W").seconds(1),
        () -> waitFor("W").seconds(jsonata("1")),
        () -> waitFor("W").secondsPath("$.s"),
        () -> waitFor("W").timestamp(time),
        () -> waitFor("W").timestamp(jsonata("'2025-01-01T00:00:00Z'")),
        () -> waitFor("W").timestampPath("$.t"));
    for (Supplier<WaitStep> set : withDuration) {
      assertThatThrownBy(() -> set.get().seconds(2)).hasMessage(message);
      assertThatThrownBy(() -> set.get().seconds(jsonata("2"))).hasMessage(message);
      assertThatThrownBy(() -> set.get().secondsPath("$.other")).hasMessage(message);
      assertThatThrownBy(() -> set.get().timestamp(time)).hasMessage(message);
      assertThatThrownBy(() -> set.get().timestamp(jsonata("$now()"))).hasMessage(message);
      assertThatThrownBy(() -> set.get().timestampPath("$.other")).hasMessage(message);
    }
  }
}
