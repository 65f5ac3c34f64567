package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Path#of} keeps recently parsed paths: what it returns must not depend on what came before. */
class PathCacheTest {

  @Test
  void theSameTextGivesAnEqualPathEveryTime() {
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 2_000; i++) {
        String reference = "$.field" + i + ".items[" + (i % 7) + "]";
        String filter = "$.items[?(@.price < " + i + ")]";
        Path first = Path.of(reference);
        assertThat(first.text()).isEqualTo(reference);
        assertThat(first).isInstanceOf(ReferencePath.class).isEqualTo(Path.of(reference));
        Path notReference = Path.of(filter);
        assertThat(notReference.text()).isEqualTo(filter);
        assertThat(notReference.isReference()).isFalse();
        assertThat(Path.of(filter)).isEqualTo(notReference);
      }
    }
  }

  @Test
  void invalidTextFailsEveryTime() {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> Path.of("$.a..")).isInstanceOf(ExpressionException.class);
      assertThatThrownBy(() -> ReferencePath.of("$.items[*]")).isInstanceOf(ExpressionException.class);
      assertThat(Path.of("$.items[*]").isReference()).isFalse();
    }
  }
}
