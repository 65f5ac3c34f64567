package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionExceptionTest {

  @Test
  void messageSaysWhatWhereAndHow() {
    ExpressionException e = new ExpressionException("bad thing", "$.a b", 3, "remove it");
    assertThat(e.getMessage()).isEqualTo("bad thing at position 3 in '$.a b'; remove it");
    assertThat(e.expression()).isEqualTo("$.a b");
    assertThat(e.position()).isEqualTo(3);
    assertThat(e.problem()).isEqualTo("bad thing");
    assertThat(e.hint()).isEqualTo("remove it");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void positionAndHintAreOptional() {
    assertThat(new ExpressionException("bad", "x", -1, null).getMessage()).isEqualTo("bad in 'x'");
    assertThat(new ExpressionException("bad", null, -1, "fix").getMessage()).isEqualTo("bad; fix");
  }

  @Test
  void longTextsAreShownAroundThePosition() {
    String text = "$." + "a".repeat(1000) + " b";
    ExpressionException e = new ExpressionException("unexpected", text, 1002, "fix");
    assertThat(e.getMessage())
        .contains("at position 1002")
        .contains("a b")
        .contains("1004 characters, shown from offset")
        .hasSizeLessThan(400);
    assertThat(e.expression()).isEqualTo(text);
  }
}
