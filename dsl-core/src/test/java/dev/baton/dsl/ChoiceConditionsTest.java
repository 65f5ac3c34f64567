package dev.baton.dsl;

import static dev.baton.dsl.Baton.and;
import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.not;
import static dev.baton.dsl.Baton.or;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.variable;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.firstJsonata;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.ComparisonOperator;
import dev.baton.model.Condition;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ChoiceVariable operator, And/Or/Not, JSONata conditions and Choice rule options, as written ASL. */
class ChoiceConditionsTest {
  private static final OffsetDateTime NOON_PARIS = OffsetDateTime.of(2024, 5, 17, 12, 0, 0, 0, ZoneOffset.ofHours(2));
  private static final String NOON_PARIS_UTC = "2024-05-17T10:00:00Z";

  /** The single written rule of a Choice state testing {@code condition}. */
  private static JsonNode rule(Condition condition) {
    return first(choice("C").when(condition, succeed("Yes")).otherwise(succeed("No"))).get("Choices").get(0);
  }

  static Stream<Arguments> literalOperators() {
    return Stream.of(
        Arguments.of("StringEquals", (Function<ChoiceVariable, Condition>) v -> v.stringEquals("DONE"), "\"DONE\""),
        Arguments.of("StringLessThan", (Function<ChoiceVariable, Condition>) v -> v.stringLessThan("m"), "\"m\""),
        Arguments.of("StringGreaterThan", (Function<ChoiceVariable, Condition>) v -> v.stringGreaterThan("m"), "\"m\""),
        Arguments.of("StringLessThanEquals", (Function<ChoiceVariable, Condition>) v -> v.stringLessThanEquals("m"),
            "\"m\""),
        Arguments.of("StringGreaterThanEquals",
            (Function<ChoiceVariable, Condition>) v -> v.stringGreaterThanEquals("m"), "\"m\""),
        Arguments.of("StringMatches", (Function<ChoiceVariable, Condition>) v -> v.stringMatches("log-*.txt"),
            "\"log-*.txt\""),
        Arguments.of("NumericEquals", (Function<ChoiceVariable, Condition>) v -> v.numericEquals(3), "3"),
        Arguments.of("NumericLessThan", (Function<ChoiceVariable, Condition>) v -> v.numericLessThan(2.5), "2.5"),
        Arguments.of("NumericGreaterThan", (Function<ChoiceVariable, Condition>) v -> v.numericGreaterThan(-7L),
            "-7"),
        Arguments.of("NumericLessThanEquals",
            (Function<ChoiceVariable, Condition>) v -> v.numericLessThanEquals(new BigDecimal("0.125")), "0.125"),
        Arguments.of("NumericGreaterThanEquals",
            (Function<ChoiceVariable, Condition>) v -> v.numericGreaterThanEquals((short) 12), "12"),
        Arguments.of("BooleanEquals", (Function<ChoiceVariable, Condition>) v -> v.booleanEquals(false), "false"),
        Arguments.of("TimestampEquals", (Function<ChoiceVariable, Condition>) v -> v.timestampEquals(NOON_PARIS),
            "\"" + NOON_PARIS_UTC + "\""),
        Arguments.of("TimestampLessThan", (Function<ChoiceVariable, Condition>) v -> v.timestampLessThan(NOON_PARIS),
            "\"" + NOON_PARIS_UTC + "\""),
        Arguments.of("TimestampGreaterThan",
            (Function<ChoiceVariable, Condition>) v -> v.timestampGreaterThan(NOON_PARIS), "\"" + NOON_PARIS_UTC + "\""),
        Arguments.of("TimestampLessThanEquals",
            (Function<ChoiceVariable, Condition>) v -> v.timestampLessThanEquals(NOON_PARIS),
            "\"" + NOON_PARIS_UTC + "\""),
        Arguments.of("TimestampGreaterThanEquals",
            (Function<ChoiceVariable, Condition>) v -> v.timestampGreaterThanEquals(NOON_PARIS),
            "\"" + NOON_PARIS_UTC + "\""),
        Arguments.of("IsNull", (Function<ChoiceVariable, Condition>) ChoiceVariable::isNull, "true"),
        Arguments.of("IsPresent", (Function<ChoiceVariable, Condition>) ChoiceVariable::isPresent, "true"),
        Arguments.of("IsPresent", (Function<ChoiceVariable, Condition>) ChoiceVariable::isNotPresent, "false"),
        Arguments.of("IsNumeric", (Function<ChoiceVariable, Condition>) ChoiceVariable::isNumeric, "true"),
        Arguments.of("IsString", (Function<ChoiceVariable, Condition>) ChoiceVariable::isString, "true"),
        Arguments.of("IsBoolean", (Function<ChoiceVariable, Condition>) ChoiceVariable::isBoolean, "true"),
        Arguments.of("IsTimestamp", (Function<ChoiceVariable, Condition>) ChoiceVariable::isTimestamp, "true"));
  }

  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource("literalOperators")
  void everyLiteralOperatorWritesItsField(String field, Function<ChoiceVariable, Condition> operator,
      String expectedJson) {
    JsonNode rule = rule(operator.apply(variable("$.value")));
    assertThat(keys(rule)).containsExactly("Variable", field, "Next");
    assertThat(rule.get("Variable").asText()).isEqualTo("$.value");
    assertThat(rule.get(field)).isEqualTo(DslJson.parse(expectedJson));
    assertThat(rule.get("Next").asText()).isEqualTo("Yes");
  }

  static Stream<Arguments> pathOperators() {
    return Stream.of(
        Arguments.of("StringEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::stringEquals),
        Arguments.of("StringLessThanPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::stringLessThan),
        Arguments.of("StringGreaterThanPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::stringGreaterThan),
        Arguments.of("StringLessThanEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::stringLessThanEquals),
        Arguments.of("StringGreaterThanEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::stringGreaterThanEquals),
        Arguments.of("NumericEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::numericEquals),
        Arguments.of("NumericLessThanPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::numericLessThan),
        Arguments.of("NumericGreaterThanPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::numericGreaterThan),
        Arguments.of("NumericLessThanEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::numericLessThanEquals),
        Arguments.of("NumericGreaterThanEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::numericGreaterThanEquals),
        Arguments.of("BooleanEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::booleanEquals),
        Arguments.of("TimestampEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::timestampEquals),
        Arguments.of("TimestampLessThanPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::timestampLessThan),
        Arguments.of("TimestampGreaterThanPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::timestampGreaterThan),
        Arguments.of("TimestampLessThanEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::timestampLessThanEquals),
        Arguments.of("TimestampGreaterThanEqualsPath", (BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition>) ChoiceVariable::timestampGreaterThanEquals));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathOperators")
  void everyPathOperatorWritesThePathWithoutADollarKey(String field,
      BiFunction<ChoiceVariable, dev.baton.expr.Path, Condition> operator) {
    JsonNode rule = rule(operator.apply(variable("$.value"), path("$.limits.other")));
    assertThat(keys(rule)).containsExactly("Variable", field, "Next");
    assertThat(rule.get(field).asText()).isEqualTo("$.limits.other");
    JsonNode fromVariable = rule(operator.apply(variable("$.value"), path("$threshold")));
    assertThat(fromVariable.get(field).asText()).isEqualTo("$threshold");
  }

  @Test
  void timestampsAreWrittenInUtcWithZ() {
    OffsetDateTime newYork = OffsetDateTime.of(2024, 12, 31, 21, 30, 15, 0, ZoneOffset.ofHours(-5));
    assertThat(rule(variable("$.t").timestampEquals(newYork)).get("TimestampEquals").asText())
        .isEqualTo("2025-01-01T02:30:15Z");
    OffsetDateTime utcWithFraction = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_000_000, ZoneOffset.UTC);
    assertThat(rule(variable("$.t").timestampLessThan(utcWithFraction)).get("TimestampLessThan").asText())
        .isEqualTo("2024-02-29T23:59:59.123Z");
    OffsetDateTime midnight = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-9, -30));
    assertThat(rule(variable("$.t").timestampGreaterThanEquals(midnight)).get("TimestampGreaterThanEquals")
        .asText()).isEqualTo("2024-01-01T09:30:00Z");
  }

  @Test
  void numbersKeepTheirKind() {
    JsonNode integer = rule(variable("$.n").numericEquals(Integer.MAX_VALUE)).get("NumericEquals");
    assertThat(integer.isIntegralNumber()).isTrue();
    assertThat(integer.asLong()).isEqualTo(Integer.MAX_VALUE);
    JsonNode bigLong = rule(variable("$.n").numericEquals(Long.MAX_VALUE)).get("NumericEquals");
    assertThat(bigLong.asLong()).isEqualTo(Long.MAX_VALUE);
    JsonNode fromByte = rule(variable("$.n").numericEquals((byte) -3)).get("NumericEquals");
    assertThat(fromByte.asInt()).isEqualTo(-3);
    JsonNode decimal = rule(variable("$.n").numericEquals(0.1)).get("NumericEquals");
    assertThat(decimal.isFloatingPointNumber()).isTrue();
    assertThat(decimal.asDouble()).isEqualTo(0.1);
  }

  @ParameterizedTest
  @EnumSource(value = ComparisonOperator.class, names = {"IS_NULL", "IS_PRESENT", "IS_NUMERIC", "IS_STRING",
      "IS_BOOLEAN", "IS_TIMESTAMP"})
  void typeTestsTakeAnExplicitExpectation(ComparisonOperator operator) {
    assertThat(rule(variable("$.x").typeTest(operator, false)).get(operator.aslName()).asBoolean()).isFalse();
    JsonNode expectTrue = rule(variable("$.x").typeTest(operator, true)).get(operator.aslName());
    assertThat(expectTrue.isBoolean()).isTrue();
    assertThat(expectTrue.asBoolean()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = ComparisonOperator.class, mode = EnumSource.Mode.EXCLUDE, names = {"IS_NULL", "IS_PRESENT",
      "IS_NUMERIC", "IS_STRING", "IS_BOOLEAN", "IS_TIMESTAMP"})
  void onlyTypeTestOperatorsAreTypeTests(ComparisonOperator operator) {
    assertThatThrownBy(() -> variable("$.x").typeTest(operator, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(operator.aslName() + " is not a type test (IsNull, IsPresent, ...)");
  }

  @Test
  void theVariableCanBeAnyPathKind() {
    assertThat(rule(variable("$$.Execution.Input.mode").isPresent()).get("Variable").asText())
        .isEqualTo("$$.Execution.Input.mode");
    assertThat(rule(variable("$attempts").numericGreaterThan(3)).get("Variable").asText()).isEqualTo("$attempts");
    assertThat(rule(variable("$.items[0].id").isString()).get("Variable").asText()).isEqualTo("$.items[0].id");
    dev.baton.expr.Path typed = path("$.order.total");
    ChoiceVariable fromPath = variable(typed);
    assertThat(fromPath.path()).isSameAs(typed);
    assertThat(rule(fromPath.numericLessThan(10)).get("Variable").asText()).isEqualTo("$.order.total");
  }

  @Test
  void aVariableThatIsNotAPathIsRejected() {
    assertThatThrownBy(() -> variable("status"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a Choice Variable must be a path: ");
    assertThatThrownBy(() -> variable("$.a[")).hasMessageStartingWith("a Choice Variable must be a path: ");
  }

  @Test
  void andOrNotNest() {
    JsonNode rule = rule(or(
        and(variable("$.a").isPresent(), variable("$.a").stringEquals("x")),
        not(or(variable("$.b").isNull())),
        variable("$.c").booleanEquals(true)));
    assertThat(keys(rule)).containsExactly("Or", "Next");
    JsonNode branches = rule.get("Or");
    assertThat(branches).hasSize(3);
    assertThat(branches.get(0).get("And")).hasSize(2);
    assertThat(branches.get(0).get("And").get(1).get("StringEquals").asText()).isEqualTo("x");
    assertThat(branches.get(1).get("Not").get("Or").get(0).get("IsNull").asBoolean()).isTrue();
    assertThat(branches.get(2).get("Variable").asText()).isEqualTo("$.c");
  }

  @Test
  void andAndOrNeedAtLeastOneCondition() {
    assertThatThrownBy(() -> and())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("And needs at least one condition");
    assertThatThrownBy(() -> or())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Or needs at least one condition");
  }

  @Test
  void rulesAreWrittenInOrderWithTheirTargetsAndTheDefault() {
    PassStep high = pass("High");
    JsonNode states = states(choice("Route")
        .when(variable("$.n").numericGreaterThan(100), high)
        .when(variable("$.n").numericGreaterThan(10), pass("Medium").next(succeed("After Medium")))
        .otherwise(fail("Low")));
    JsonNode route = states.get("Route");
    assertThat(keys(route)).containsExactly("Type", "Choices", "Default");
    assertThat(route.get("Choices").get(0).get("Next").asText()).isEqualTo("High");
    assertThat(route.get("Choices").get(1).get("Next").asText()).isEqualTo("Medium");
    assertThat(route.get("Default").asText()).isEqualTo("Low");
    assertThat(states.get("Medium").get("Next").asText()).isEqualTo("After Medium");
    assertThat(states.has("High")).isTrue();
  }

  @Test
  void withoutOtherwiseThereIsNoDefault() {
    JsonNode c = first(choice("C").when(variable("$.a").isNull(), succeed("S")));
    assertThat(c.has("Default")).isFalse();
  }

  @Test
  void ruleOptionsInAJsonPathState() {
    JsonNode rule = first(choice("C")
            .when(variable("$.retry").booleanEquals(true), succeed("Again"),
                r -> r.comment("retry requested").assign("attempt", path("$.attempt")).assign("reason", "retry")))
        .get("Choices").get(0);
    assertThat(keys(rule)).containsExactly("Comment", "Variable", "BooleanEquals", "Assign", "Next");
    assertThat(rule.get("Comment").asText()).isEqualTo("retry requested");
    assertThat(keys(rule.get("Assign"))).containsExactly("attempt.$", "reason");
    assertThat(rule.get("Assign").get("attempt.$").asText()).isEqualTo("$.attempt");
    assertThat(rule.get("Assign").get("reason").asText()).isEqualTo("retry");
  }

  @Test
  void ruleOptionsInAJsonataState() {
    JsonNode c = firstJsonata(choice("C")
        .when(jsonata("$states.input.total > 100"), succeed("Big"),
            r -> r.comment("big order").assign("size", "big").assign("total", jsonata("$states.input.total"))
                .output(ordered("total", jsonata("$states.input.total"), "size", "big")))
        .when(jsonata("$states.input.total > 10"), succeed("Medium"), r -> r.output(jsonata("$states.input")))
        .when(jsonata("false"), succeed("Never"))
        .otherwise(succeed("Small")));
    JsonNode big = c.get("Choices").get(0);
    assertThat(keys(big)).containsExactly("Comment", "Condition", "Output", "Assign", "Next");
    assertThat(big.get("Condition").asText()).isEqualTo("{% $states.input.total > 100 %}");
    assertThat(big.get("Output").get("total").asText()).isEqualTo("{% $states.input.total %}");
    assertThat(big.get("Output").get("size").asText()).isEqualTo("big");
    assertThat(big.get("Assign").get("size").asText()).isEqualTo("big");
    assertThat(big.get("Assign").get("total").asText()).isEqualTo("{% $states.input.total %}");
    JsonNode medium = c.get("Choices").get(1);
    assertThat(keys(medium)).containsExactly("Condition", "Output", "Next");
    assertThat(medium.get("Output").asText()).isEqualTo("{% $states.input %}");
    assertThat(keys(c.get("Choices").get(2))).containsExactly("Condition", "Next");
    assertThat(c.get("Default").asText()).isEqualTo("Small");
  }

  @Test
  void ruleOptionsAreImmutable() {
    ChoiceStep.RuleOptions[] seen = new ChoiceStep.RuleOptions[2];
    choice("C").when(variable("$.a").isNull(), succeed("S"), r -> {
      seen[0] = r;
      seen[1] = r.comment("x").assign("v", 1).output(2);
      return r;
    });
    assertThat(seen[1]).isNotSameAs(seen[0]);
    JsonNode rule = first(choice("C").when(variable("$.a").isNull(), succeed("S"), r -> seen[0]))
        .get("Choices").get(0);
    assertThat(keys(rule)).containsExactly("Variable", "IsNull", "Next");
  }

  @Test
  void aLaterRuleAssignReplacesTheSameVariable() {
    JsonNode assign = first(choice("C").when(variable("$.a").isNull(), succeed("S"),
        r -> r.assign("v", 1).assign("w", 2).assign("v", 3))).get("Choices").get(0).get("Assign");
    assertThat(keys(assign)).containsExactly("v", "w");
    assertThat(assign.get("v").asInt()).isEqualTo(3);
  }

  @Test
  void aChoiceStateHasItsOwnFlowFields() {
    JsonNode c = first(choice("C").comment("route").inputPath("$.in").outputPath("$.out").assign("seen", true)
        .when(variable("$.a").isNull(), succeed("S")));
    assertThat(keys(c)).containsExactly("Type", "Comment", "Choices", "InputPath", "OutputPath", "Assign");
    assertThat(c.get("InputPath").asText()).isEqualTo("$.in");
    assertThat(c.get("Assign").get("seen").asBoolean()).isTrue();
    JsonNode empty = first(choice("C").emptyInput().emptyOutput().when(variable("$.a").isNull(), succeed("S")));
    assertThat(empty.get("InputPath").isNull()).isTrue();
    assertThat(empty.get("OutputPath").isNull()).isTrue();
    JsonNode jsonata = firstJsonata(choice("C").output(jsonata("$states.input.x")).assign("y", jsonata("1"))
        .when(jsonata("true"), succeed("S")));
    assertThat(jsonata.get("Output").asText()).isEqualTo("{% $states.input.x %}");
    assertThat(jsonata.get("Assign").get("y").asText()).isEqualTo("{% 1 %}");
  }

  @Test
  void aRuleNeedsAConditionAndATarget() {
    assertThatThrownBy(() -> choice("C").when((Condition) null, succeed("S")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'C': a Choice rule needs a condition and a target");
    assertThatThrownBy(() -> choice("C").when(variable("$.a").isNull(), null))
        .hasMessage("state 'C': a Choice rule needs a condition and a target");
    assertThatThrownBy(() -> choice("C").when(variable("$.a").isNull(), null, r -> r))
        .hasMessage("state 'C': a Choice rule needs a condition and a target");
  }

  @Test
  void otherwiseCanBeSetOnce() {
    ChoiceStep c = choice("C").when(variable("$.a").isNull(), succeed("S")).otherwise(pass("First").next(fail("F")));
    assertThatThrownBy(() -> c.otherwise(succeed("Second")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'C': otherwise(...) is already set to 'First'");
    assertThat(states(c).get("C").get("Default").asText()).isEqualTo("First");
  }

  @Test
  void nothingContinuesAfterAChoice() {
    ChoiceStep c = choice("C").when(variable("$.a").isNull(), succeed("S"));
    assertThatThrownBy(() -> c.next(pass("P")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot continue after state 'C': the chain has no open end");
  }
}
