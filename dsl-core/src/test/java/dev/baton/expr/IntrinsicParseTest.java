package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParseTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.Format('Hello, my name is {}.', $.name)",
        "States.Format($.template, $.name)",
        "States.StringToJson($.escapedJsonString)",
        "States.JsonToString($.unescapedJson)",
        "States.Array($.Id)",
        "States.Array()",
        "States.ArrayPartition($.inputArray,4)",
        "States.ArrayContains($.inputArray, $.lookingFor)",
        "States.ArrayRange(1, 9, 2)",
        "States.ArrayGetItem($.inputArray, $.index)",
        "States.ArrayLength($.inputArray)",
        "States.ArrayUnique($.inputArray)",
        "States.Base64Encode($.input)",
        "States.Base64Decode($.base64)",
        "States.Hash($.Data, $.Algorithm)",
        "States.Hash($.Data, 'SHA-1')",
        "States.JsonMerge($.json1, $.json2, false)",
        "States.MathRandom($.start, $.end)",
        "States.MathRandom(1, 999, 42)",
        "States.MathAdd($.value1, $.step)",
        "States.StringSplit($.inputString, $.splitter)",
        "States.StringSplit($.inputString, '.+,=')",
        "States.UUID()",
      })
  void everyFunctionParsesAsDocumented(String text) {
    Intrinsic call = Intrinsic.parse(text);
    assertThat(call.text()).isEqualTo(text);
    assertThat(call.toString()).isEqualTo(text);
    assertThat(text).startsWith(call.function().aslName() + "(");
    assertThat(Intrinsic.parse(call.toSource())).isEqualTo(call);
  }

  @Test
  void theNineTimesNestedAwsExampleIsCaughtForItsMissingValue() {
    // The AWS documentation's example has three {} but only two values.
    String values =
        ", States.ArrayGetItem(States.StringSplit(States.ArrayGetItem("
            + "States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem("
            + "States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'),"
            + " 2), '.'), 1))";
    assertThatThrownBy(() -> Intrinsic.parse("States.Format('{}.{}.{}'" + values))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.getMessage()).contains("3 placeholders {} but 2 values follow");
              assertThat(e.position()).isEqualTo(14);
            });
    Intrinsic call = Intrinsic.parse("States.Format('{}.{}'" + values);
    assertThat(call.arguments()).hasSize(3);
    assertThat(call.arguments().get(1)).isInstanceOf(Intrinsic.class);
  }

  @Test
  void argumentsOfEveryKind() {
    Intrinsic call =
        Intrinsic.parse(
            "States.Array( 'x' , -1.50 ,true,false, null, 1e3, $, $$.Execution.Id ,"
                + " $myVar.a[0], States.UUID() )");
    assertThat(call.arguments())
        .containsExactly(
            IntrinsicArg.of("x"),
            IntrinsicArg.of(new BigDecimal("-1.5")),
            IntrinsicArg.of(true),
            IntrinsicArg.of(false),
            IntrinsicArg.nullValue(),
            IntrinsicArg.of(1000),
            Path.of("$"),
            Path.of("$$.Execution.Id"),
            Path.of("$myVar.a[0]"),
            Intrinsics.uuid());
    assertThat(call.toSource())
        .isEqualTo(
            "States.Array('x', -1.5, true, false, null, 1000, $, $$.Execution.Id, $myVar.a[0],"
                + " States.UUID())");
  }

  @Test
  void pathArgumentsMayHoldFiltersWithCommasAndParentheses() {
    Intrinsic call = Intrinsic.parse("States.Array($.a[?(@.b == 'x, y)')], $['c d'], $.e[0,1])");
    assertThat(call.arguments())
        .containsExactly(
            Path.of("$.a[?(@.b == 'x, y)')]"), Path.of("$['c d']"), Path.of("$.e[0,1]"));
  }

  @Test
  void escapesFollowTheSpec() {
    Intrinsic call =
        Intrinsic.parse("States.Format('Hello, {}! \\'quoted\\' \\{braces\\} \\\\', $.name)");
    assertThat(call.formatTemplateParts()).contains(List.of("Hello, ", "! 'quoted' {braces} \\"));
    assertThat(call.arguments().get(0))
        .isEqualTo(IntrinsicArg.of("Hello, {}! 'quoted' {braces} \\"));
    assertThat(Intrinsic.parse("States.Array('it\\'s')").arguments().get(0))
        .isEqualTo(IntrinsicArg.of("it's"));
  }

  @Test
  void escapedBracesAreNotPlaceholders() {
    // from real workflows: a JSON object built with States.Format
    Intrinsic call = Intrinsic.parse("States.Format('\\{\"a\":\\{\\}, \"n\":{}\\}', $.n)");
    assertThat(call.formatTemplateParts()).contains(List.of("{\"a\":{}, \"n\":", "}"));
    assertThat(call.toSource()).isEqualTo(call.text());
    assertThat(Intrinsic.parse(call.toSource())).isEqualTo(call);
  }

  @Test
  void equalityIgnoresSpacing() {
    assertThat(Intrinsic.parse("States.MathAdd($.a,1)"))
        .isEqualTo(Intrinsic.parse("States.MathAdd( $.a , 1 )"))
        .hasSameHashCodeAs(Intrinsic.parse("States.MathAdd( $.a , 1 )"));
    assertThat(Intrinsic.parse("States.MathAdd($.a,1)"))
        .isNotEqualTo(Intrinsic.parse("States.MathAdd($.a,2)"));
    assertThat(Intrinsic.parse("States.MathAdd($.a, 1.0)"))
        .isEqualTo(Intrinsic.parse("States.MathAdd($.a, 1)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.Formatt('x')           | 0  | did you mean States.Format?",
        "states.format('x')            | 0  | did you mean States.Format?",
        "Format('x')                   | 0  | did you mean States.Format?",
        "States.ArayLength($.a)        | 0  | did you mean States.ArrayLength?",
        "States.Array(states.uuid())   | 13 | did you mean States.UUID?",
        "States.Nope($.a)              | 0  | the intrinsic functions are States.Format",
      })
  void unknownFunctionsGetSuggestions(String text, int position, String hint) {
    assertThatThrownBy(() -> Intrinsic.parse(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.getMessage()).contains("unknown intrinsic function").contains(hint);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.MathAdd($.a)                 | 0  | takes exactly 2 arguments but was given 1",
        "States.MathAdd($.a, 1, 2)           | 0  | takes exactly 2 arguments but was given 3",
        "States.UUID(1)                      | 0  | takes exactly 0 arguments but was given 1",
        "States.Format()                     | 0  | takes at least 1 argument but was given 0",
        "States.MathRandom(1)                | 0  | takes 2 or 3 arguments but was given 1",
        "States.MathRandom(1, 2, 3, 4)       | 0  | takes 2 or 3 arguments",
        "States.JsonMerge($.a, $.b)          | 0  | takes exactly 3 arguments",
        "States.Array(States.ArrayLength())  | 13 | takes exactly 1 argument but was given 0",
      })
  void arityErrors(String text, int position, String message) {
    assertThatThrownBy(() -> Intrinsic.parse(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.getMessage()).contains(message);
              assertThat(e.hint()).startsWith("write States.");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.Format('{} {}', $.a)           | 14 | 2 placeholders {} but 1 value follows",
        "States.Format('{}', $.a, $.b)         | 14 | 1 placeholder {} but 2 values follow",
        "States.Format('\\{\\}', $.a)           | 14 | 0 placeholders {} but 1 value follows",
        "States.Format(1, $.a)                 | 14 | must be a string template",
        "States.MathAdd($.a, '1')              | 20 | must be a number, not the string '1'",
        "States.MathAdd(true, 1)               | 15 | must be a number",
        "States.MathAdd(3000000000, 1)         | 15 | 32-bit integer range",
        "States.MathRandom('1', 2)             | 18 | must be a number",
        "States.ArrayRange(1, 9, 0)            | 24 | must not be 0",
        "States.ArrayRange(1, '9', 1)          | 21 | must be a number",
        "States.ArrayPartition($.a, 0)         | 27 | must be positive",
        "States.ArrayPartition('abc', 2)       | 22 | must be an array",
        "States.ArrayLength(null)              | 19 | must be an array, not null",
        "States.ArrayGetItem($.a, 'x')         | 25 | must be a number",
        "States.Hash($.a, 'SHA256')            | 17 | did you mean 'SHA-256'?",
        "States.Hash($.a, 'CRC32')             | 17 | not a hash algorithm",
        "States.Hash($.a, 256)                 | 17 | must be a string",
        "States.JsonMerge($.a, $.b, true)      | 27 | must be false",
        "States.JsonMerge($.a, $.b, 'false')   | 27 | must be false",
        "States.JsonMerge('a', $.b, false)     | 17 | must be a JSON object",
        "States.Base64Encode(1)                | 20 | must be a string",
        "States.StringSplit($.a, 1)            | 24 | must be a string",
        "States.StringToJson(true)             | 20 | must be a string",
      })
  void literalArgumentTypesAreChecked(String text, int position, String message) {
    assertThatThrownBy(() -> Intrinsic.parse(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.getMessage()).contains(message);
              assertThat(e.position()).isEqualTo(position);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"                              | 0  | empty",
        "$.a                             | 0  | this is a path",
        "\" States.UUID()\"                | 0  | leading whitespace",
        "{% 1 %}                         | 0  | JSONata",
        "States.UUID                     | 11 | expected '('",
        "States.UUID ()                  | 11 | remove the space",
        "States.UUID() x                 | 13 | after the end of the call",
        "States.Array(1                  | 12 | never closed",
        "States.Array(1,                 | 12 | never closed",
        "States.Array(1,)                | 14 | remove the trailing ','",
        "States.Array(,1)                | 13 | expected an argument but found ','",
        "States.Array(1 2)               | 15 | expected ',' or ')'",
        "States.Array('abc)              | 13 | unterminated string",
        "States.Array('a\\nb')           | 15 | unsupported escape",
        "States.Array('a{b')             | 15 | '{' is reserved",
        "States.Array('a}b')             | 15 | '}' is reserved",
        "States.Array('it's')            | 17 | expected ',' or ')'",
        "States.Array(True)              | 13 | write true in lower case",
        "States.Array(abc)               | 13 | unexpected word 'abc'",
        "States.Array(01)                | 13 | must not start with 0",
        "States.Array(1.)                | 15 | after the decimal point",
        "States.Array(1e)                | 15 | exponent",
        "States.Array(-)                 | 14 | expected a digit",
        "States.Array(1x)                | 14 | after the number",
        "States.Array(1e99999999999)     | 13 | out of range",
        "States.Array(#)                 | 13 | where an argument was expected",
        "States.Array($.a-b)             | 16 | write ['a-b'] instead of .a-b",
        "States.Array($.a.)              | 16 | ends with '.'",
        "States.Array($.a[)              | 17 | inside '[...]'",
        "States.Array(@.a)               | 13 | where an argument was expected",
      })
  void syntaxErrors(String text, int position, String message) {
    assertThatThrownBy(() -> Intrinsic.parse(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.getMessage()).contains(message);
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.expression()).isEqualTo(text);
            });
  }

  @Test
  void doubleQuotesGetAHint() {
    assertThatThrownBy(() -> Intrinsic.parse("States.Format(\"x\")"))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).isEqualTo(14);
              assertThat(e.getMessage()).contains("use single quotes");
              assertThat(e.hint()).contains("'text'");
            });
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> Intrinsic.parse(null)).isInstanceOf(ExpressionException.class);
  }

  @Test
  void nestingIsLimitedToTen() {
    String ten = "States.Array(".repeat(10) + ")".repeat(10);
    assertThat(Intrinsic.parse(ten).arguments()).hasSize(1);
    String eleven = "States.Array(".repeat(11) + ")".repeat(11);
    assertThatThrownBy(() -> Intrinsic.parse(eleven))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.getMessage()).contains("nested more than 10 deep");
              assertThat(e.position()).isEqualTo(13 * 10);
            });
    String hostile = "States.Array(".repeat(100_000);
    assertThatThrownBy(() -> Intrinsic.parse(hostile)).isInstanceOf(ExpressionException.class);
  }

  @Test
  void nestedArgumentTextIsTheOriginalSubstring() {
    Intrinsic call = Intrinsic.parse("States.Array(States.MathAdd( $.a ,1 ))");
    assertThat(((Intrinsic) call.arguments().get(0)).text()).isEqualTo("States.MathAdd( $.a ,1 )");
  }

  @Test
  void argumentsAreImmutable() {
    List<IntrinsicArg> args = Intrinsic.parse("States.Array(1)").arguments();
    assertThatThrownBy(() -> args.add(IntrinsicArg.of(2)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
