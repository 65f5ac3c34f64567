package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntrinsicsTest {

  private static final Path A = Path.of("$.a");
  private static final Path B = Path.of("$.b");

  static Stream<Arguments> everyFunction() {
    return Stream.of(
        Arguments.of(Intrinsics.format("Hello, {}!", A), "States.Format('Hello, {}!', $.a)"),
        Arguments.of(Intrinsics.format(Path.of("$.template"), A), "States.Format($.template, $.a)"),
        Arguments.of(Intrinsics.stringToJson(A), "States.StringToJson($.a)"),
        Arguments.of(Intrinsics.jsonToString(A), "States.JsonToString($.a)"),
        Arguments.of(Intrinsics.array(), "States.Array()"),
        Arguments.of(
            Intrinsics.array(A, IntrinsicArg.of("x"), IntrinsicArg.of(1)),
            "States.Array($.a, 'x', 1)"),
        Arguments.of(Intrinsics.arrayPartition(A, 4), "States.ArrayPartition($.a, 4)"),
        Arguments.of(Intrinsics.arrayPartition(A, B), "States.ArrayPartition($.a, $.b)"),
        Arguments.of(Intrinsics.arrayContains(A, B), "States.ArrayContains($.a, $.b)"),
        Arguments.of(Intrinsics.arrayRange(1, 9, 2), "States.ArrayRange(1, 9, 2)"),
        Arguments.of(
            Intrinsics.arrayRange(A, B, IntrinsicArg.of(1)), "States.ArrayRange($.a, $.b, 1)"),
        Arguments.of(Intrinsics.arrayGetItem(A, 0), "States.ArrayGetItem($.a, 0)"),
        Arguments.of(Intrinsics.arrayGetItem(A, B), "States.ArrayGetItem($.a, $.b)"),
        Arguments.of(Intrinsics.arrayLength(A), "States.ArrayLength($.a)"),
        Arguments.of(Intrinsics.arrayUnique(A), "States.ArrayUnique($.a)"),
        Arguments.of(Intrinsics.base64Encode(A), "States.Base64Encode($.a)"),
        Arguments.of(Intrinsics.base64Decode(A), "States.Base64Decode($.a)"),
        Arguments.of(Intrinsics.hash(A, HashAlgorithm.SHA_256), "States.Hash($.a, 'SHA-256')"),
        Arguments.of(Intrinsics.hash(A, HashAlgorithm.MD5), "States.Hash($.a, 'MD5')"),
        Arguments.of(Intrinsics.hash(A, B), "States.Hash($.a, $.b)"),
        Arguments.of(Intrinsics.jsonMerge(A, B), "States.JsonMerge($.a, $.b, false)"),
        Arguments.of(Intrinsics.mathRandom(1, 999), "States.MathRandom(1, 999)"),
        Arguments.of(
            Intrinsics.mathRandom(A, B, IntrinsicArg.of(7)), "States.MathRandom($.a, $.b, 7)"),
        Arguments.of(Intrinsics.mathRandom(A, B), "States.MathRandom($.a, $.b)"),
        Arguments.of(Intrinsics.mathAdd(A, 1), "States.MathAdd($.a, 1)"),
        Arguments.of(Intrinsics.mathAdd(A, -1), "States.MathAdd($.a, -1)"),
        Arguments.of(Intrinsics.mathAdd(A, B), "States.MathAdd($.a, $.b)"),
        Arguments.of(Intrinsics.stringSplit(A, ","), "States.StringSplit($.a, ',')"),
        Arguments.of(Intrinsics.stringSplit(A, B), "States.StringSplit($.a, $.b)"),
        Arguments.of(Intrinsics.uuid(), "States.UUID()"));
  }

  @ParameterizedTest
  @MethodSource("everyFunction")
  void everyFunctionBuildsCanonicalTextThatParsesBack(Intrinsic built, String expected) {
    assertThat(built.text()).isEqualTo(expected);
    assertThat(built.toSource()).isEqualTo(expected);
    Intrinsic parsed = Intrinsic.parse(built.text());
    assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(parsed.function()).isEqualTo(built.function());
  }

  @Test
  void formatTemplatesAreEscaped() {
    Intrinsic call = Intrinsics.format("It's {} {\"a\": 1} \\{} back\\slash \\\\", A);
    assertThat(call.text())
        .isEqualTo("States.Format('It\\'s {} \\{\"a\": 1\\} \\{\\} back\\\\slash \\\\', $.a)");
    assertThat(call.formatTemplateParts())
        .contains(List.of("It's ", " {\"a\": 1} {} back\\slash \\"));
    assertThat(Intrinsic.parse(call.text())).isEqualTo(call);
  }

  @Test
  void formatChecksThePlaceholderCount() {
    assertThatThrownBy(() -> Intrinsics.format("{} and {}", A))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.getMessage()).contains("2 placeholders {} but 1 value follows");
              assertThat(e.expression()).isEqualTo("States.Format('{} and {}', $.a)");
              assertThat(e.position()).isEqualTo(14);
            });
    assertThat(Intrinsics.format("no placeholders").arguments()).hasSize(1);
  }

  @Test
  void literalTypesAreCheckedWhenBuilding() {
    assertThatThrownBy(() -> Intrinsics.mathAdd(A, IntrinsicArg.of("1")))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("must be a number");
    assertThatThrownBy(() -> Intrinsics.arrayRange(1, 9, 0))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("must not be 0");
    assertThatThrownBy(() -> Intrinsics.arrayLength(IntrinsicArg.of("x")))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("must be an array");
    assertThatThrownBy(() -> Intrinsics.mathAdd(A, 3_000_000_000L))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("32-bit");
    assertThatThrownBy(() -> Intrinsics.hash(A, IntrinsicArg.of("SHA-3")))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("not a hash algorithm");
  }

  @Test
  void nestedCallsAndTheNestingLimit() {
    Intrinsic nested = Intrinsics.array(Intrinsics.mathAdd(A, 1), IntrinsicArg.of("x"));
    assertThat(nested.text()).isEqualTo("States.Array(States.MathAdd($.a, 1), 'x')");
    assertThat(Intrinsic.parse(nested.text())).isEqualTo(nested);

    Intrinsic deep = Intrinsics.uuid();
    for (int i = 1; i < 10; i++) {
      deep = Intrinsics.array(deep);
    }
    Intrinsic ten = deep;
    assertThat(Intrinsic.parse(ten.text())).isEqualTo(ten);
    assertThatThrownBy(() -> Intrinsics.array(ten))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("nested 11 deep");
  }

  @Test
  void parsedNestedCallsAreWrittenCanonically() {
    Intrinsic inner = Intrinsic.parse("States.MathAdd( $.a ,1 )");
    Intrinsic outer = Intrinsics.array(inner);
    assertThat(outer.text()).isEqualTo("States.Array(States.MathAdd($.a, 1))");
    assertThat(outer.arguments().get(0)).isEqualTo(inner);
  }

  @Test
  void lenientPathsAreRewrittenForIntrinsics() {
    Intrinsic call = Intrinsics.arrayLength(Path.of("$.order-lines"));
    assertThat(call.text()).isEqualTo("States.ArrayLength($['order-lines'])");
    assertThat(call.arguments().get(0)).isEqualTo(Path.of("$['order-lines']"));
    assertThat(Intrinsic.parse(call.text())).isEqualTo(call);
  }

  @Test
  void generatedPathsAreValidInsideIntrinsics() {
    Path p = Path.of("$").field("a b").field("x)y").field("it's").index(3);
    Intrinsic call = Intrinsics.jsonToString(p);
    assertThat(Intrinsic.parse(call.text()).arguments()).containsExactly(p);
  }

  @Test
  void literalsPrintThemselves() {
    assertThat(IntrinsicArg.of("a'b{c}d\\e").toSource()).isEqualTo("'a\\'b\\{c\\}d\\\\e'");
    assertThat(IntrinsicArg.of(42).toSource()).isEqualTo("42");
    assertThat(IntrinsicArg.of(Long.MAX_VALUE).toSource()).isEqualTo("9223372036854775807");
    assertThat(IntrinsicArg.of(1.5).toSource()).isEqualTo("1.5");
    assertThat(IntrinsicArg.of(2.0)).isEqualTo(IntrinsicArg.of(2));
    assertThat(IntrinsicArg.of(new BigDecimal("1.10"))).isEqualTo(IntrinsicArg.of(1.1));
    assertThat(IntrinsicArg.of(new BigDecimal("1E+500")).toSource()).isEqualTo("1E+500");
    assertThat(IntrinsicArg.of(new BigDecimal("12345678901234567890")).toSource())
        .isEqualTo("12345678901234567890");
    assertThat(IntrinsicArg.of(true).toSource()).isEqualTo("true");
    assertThat(IntrinsicArg.nullValue().toSource()).isEqualTo("null");
    assertThat(Path.of("$.a").toSource()).isEqualTo("$.a");
    assertThatThrownBy(() -> IntrinsicArg.of(Double.NaN)).isInstanceOf(ExpressionException.class);
    assertThatThrownBy(
            () ->
                new IntrinsicArg.Literal(
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("OBJECT");
  }

  @Test
  void ofFunctionAndArguments() {
    Intrinsic call =
        Intrinsic.of(IntrinsicFunction.MATH_RANDOM, List.of(A, B, IntrinsicArg.of(3)));
    assertThat(call.text()).isEqualTo("States.MathRandom($.a, $.b, 3)");
    assertThatThrownBy(() -> Intrinsic.of(IntrinsicFunction.UUID, List.of(A)))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("takes exactly 0 arguments but was given 1");
    assertThat(
            Intrinsic.of(IntrinsicFunction.FORMAT, List.of(IntrinsicArg.of("{}-{}"), A, B)).text())
        .isEqualTo("States.Format('{}-{}', $.a, $.b)");
  }

  @Test
  void nullArgumentsAreRejectedWithAHint() {
    assertThatThrownBy(() -> Intrinsics.arrayLength(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("IntrinsicArg.nullValue()");
  }
}
