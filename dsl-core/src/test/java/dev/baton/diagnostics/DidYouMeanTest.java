package dev.baton.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void swappedLettersAreOneTypo() {
    assertThat(DidYouMean.distance("nmae", "name")).isEqualTo(1);
    assertThat(DidYouMean.closest("nmae", List.of("name", "id"))).contains("name");
    assertThat(DidYouMean.closest("lambdaersult", List.of("lambdaresult", "data"))).contains("lambdaresult");
  }

  @Test
  void otherEditsCountOneEach() {
    assertThat(DidYouMean.distance("Dne", "Done")).isEqualTo(1);
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("abc", "ABC")).isZero();
  }

  @Test
  void farNamesAreNotSuggested() {
    assertThat(DidYouMean.closest("x", List.of("customer", "items"))).isEmpty();
    assertThat(DidYouMean.closest("shipping", List.of("name"))).isEmpty();
  }
}
