package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonataTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{% $states.input.orderId %}",
        "{%$states.input%}",
        "{%   $states.context.Execution.Id   %}",
        "{% $partition([1,2,3,4], 2) %}",
        "{% $range(0, 10, 2) %}",
        "{% $hash($states.input.data, 'SHA-256') %}",
        "{% $random() %}",
        "{% $random(42) %}",
        "{% $uuid() %}",
        "{% $parse($states.input.json) %}",
        "{% $notARealFunction(1, 2) %}",
        "{% ($x := 1; $x + 1) %}",
        "{% $states.input.items[price > 10].name %}",
        "{% 1 /* a comment at the end */%}",
        "{% $match($states.input.s, /^a(b|c)$/i) %}",
        "{% {'a': 1, 'b': [1, 2]} %}",
        "{% $count($states.input.items) > 0 ? 'some' : 'none' %}",
        "{% '%}' %}",
        "{%\n  $states.result.Payload\n%}",
      })
  void validTemplatesAreKeptVerbatim(String text) {
    Jsonata j = Jsonata.parseTemplate(text);
    assertThat(j.text()).isEqualTo(text);
    assertThat(j.toString()).isEqualTo(text);
    assertThat(j.expression()).isEqualTo(text.substring(2, text.length() - 2).trim());
    assertThat(Jsonata.isTemplate(text)).isTrue();
  }

  @Test
  void ofWrapsABareExpression() {
    Jsonata j = Jsonata.of("$states.input.orderId");
    assertThat(j.text()).isEqualTo("{% $states.input.orderId %}");
    assertThat(j.expression()).isEqualTo("$states.input.orderId");
    assertThat(Jsonata.of("  1 + 2 ").text()).isEqualTo("{% 1 + 2 %}");
    assertThat(Jsonata.parseTemplate(j.text())).isEqualTo(j);
  }

  @Test
  void equalityIsOnTheVerbatimText() {
    assertThat(Jsonata.parseTemplate("{% 1 %}"))
        .isEqualTo(Jsonata.of("1"))
        .hasSameHashCodeAs(Jsonata.of("1"));
    assertThat(Jsonata.parseTemplate("{%1%}")).isNotEqualTo(Jsonata.of("1"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{%%}                 | 2 | empty",
        "{%   %}              | 2 | empty",
        "\" {% 1 %}\"         | 0 | remove the whitespace before",
        "\"{% 1 %} \"         | 8 | remove the whitespace after",
        "$states.input        | 0 | must start with '{%'",
        "{% 1                 | 4 | must end with '%}'",
        "{%}                  | 3 | must end with '%}'",
        "{% 1 + %}            | 7 | Unexpected end of expression",
        "{% 'abc %}           | 8 | String literal must be terminated",
        "{% foo bar %}        | 7 | Syntax error",
        "{% $f( %}            | 7 | Expected",
        "{% $x := 1; $x %}    | 10 | wrap several expressions in parentheses",
        "{% a.b/*c %}         | 6 | unterminated comment",
        "{% /re(?g)x/ %}      | 8 | invalid regular expression",
        "{% $a# %}            | -1 | could not be parsed",
      })
  void invalidTemplatesReportPositionsInTheFullText(String text, int position, String message) {
    assertThatThrownBy(() -> Jsonata.parseTemplate(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.getMessage()).contains(message);
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.expression()).isEqualTo(text);
              assertThat(e.getCause()).isNull();
            });
  }

  @Test
  void ofReportsPositionsInTheExpression() {
    assertThatThrownBy(() -> Jsonata.of("foo bar"))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).isEqualTo(4);
              assertThat(e.expression()).isEqualTo("foo bar");
            });
    assertThatThrownBy(() -> Jsonata.of("   "))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> Jsonata.of("{% 1 %}"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("already wrapped");
    assertThatThrownBy(() -> Jsonata.of(null)).isInstanceOf(ExpressionException.class);
    assertThatThrownBy(() -> Jsonata.parseTemplate(null)).isInstanceOf(ExpressionException.class);
  }

  @Test
  void deepNestingIsAnExpressionError() {
    String deep = "{% " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + " %}";
    assertThatThrownBy(() -> Jsonata.parseTemplate(deep))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("nested too deeply");
  }

  @Test
  void isTemplate() {
    assertThat(Jsonata.isTemplate("{% x %}")).isTrue();
    assertThat(Jsonata.isTemplate("{%%}")).isTrue();
    assertThat(Jsonata.isTemplate("{%}")).isFalse();
    assertThat(Jsonata.isTemplate(" {% x %}")).isFalse();
    assertThat(Jsonata.isTemplate("$.x")).isFalse();
    assertThat(Jsonata.isTemplate(null)).isFalse();
  }
}
