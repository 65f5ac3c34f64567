package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferencePathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$", "$$", "$.a", "$.a.b[0]", "$['a b'][3]", "$$.Execution.Input", "$myVar",
        "$v.items[10].id", "$[\"x\"]", "$.a.['b c']"
      })
  void referencePaths(String text) {
    ReferencePath p = ReferencePath.of(text);
    assertThat(p.text()).isEqualTo(text);
    assertThat(p.isReference()).isTrue();
    assertThat(p.asReference()).isSameAs(p);
    assertThat(Path.of(text)).isInstanceOf(ReferencePath.class).isEqualTo(p);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "$.a[*]          | 3 | wildcard",
        "$.a.*           | 3 | wildcard",
        "$.a[?(@.b)]     | 3 | filter",
        "$.a[0:2]        | 3 | slice",
        "$.a[0,1]        | 3 | union",
        "$['a','b']      | 1 | union",
        "$..a            | 1 | deep scan",
        "$.a.b[-1]       | 5 | negative index",
      })
  void nonReferencePathsAreExplained(String text, int position, String kind) {
    assertThatThrownBy(() -> ReferencePath.of(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.getMessage())
                  .contains("only a Reference Path is allowed here")
                  .contains(kind)
                  .contains("non-negative array indices");
            });
    assertThat(Path.of(text).isReference()).isFalse();
  }

  @Test
  void invalidSyntaxIsReportedAsSuch() {
    assertThatThrownBy(() -> ReferencePath.of("$.a["))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("never closed");
  }

  @Test
  void builderMethodsStayReferencePaths() {
    ReferencePath p = ReferencePath.of("$.a").field("b c").index(1);
    assertThat(p.text()).isEqualTo("$.a['b c'][1]");
    assertThat(ReferencePath.of(p.text())).isEqualTo(p);
  }
}
