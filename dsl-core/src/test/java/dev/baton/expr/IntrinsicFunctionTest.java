package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicFunctionTest {

  @Test
  void thereAreExactlyTheEighteenAslFunctions() {
    assertThat(IntrinsicFunction.names())
        .containsExactlyInAnyOrder(
            "States.Format", "States.StringToJson", "States.JsonToString", "States.Array",
            "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange",
            "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique",
            "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.JsonMerge",
            "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID");
  }

  @ParameterizedTest
  @CsvSource({
    "States.Format, 1, 2147483647",
    "States.StringToJson, 1, 1",
    "States.JsonToString, 1, 1",
    "States.Array, 0, 2147483647",
    "States.ArrayPartition, 2, 2",
    "States.ArrayContains, 2, 2",
    "States.ArrayRange, 3, 3",
    "States.ArrayGetItem, 2, 2",
    "States.ArrayLength, 1, 1",
    "States.ArrayUnique, 1, 1",
    "States.Base64Encode, 1, 1",
    "States.Base64Decode, 1, 1",
    "States.Hash, 2, 2",
    "States.JsonMerge, 3, 3",
    "States.MathRandom, 2, 3",
    "States.MathAdd, 2, 2",
    "States.StringSplit, 2, 2",
    "States.UUID, 0, 0",
  })
  void arityFollowsTheAwsDocumentation(String name, int min, int max) {
    IntrinsicFunction f = IntrinsicFunction.byName(name).orElseThrow();
    assertThat(f.aslName()).isEqualTo(name);
    assertThat(f.minArguments()).isEqualTo(min);
    assertThat(f.maxArguments()).isEqualTo(max);
    assertThat(f.signature()).startsWith(name + "(");
  }

  @Test
  void byNameIsExactAndCaseSensitive() {
    assertThat(IntrinsicFunction.byName("States.UUID")).contains(IntrinsicFunction.UUID);
    assertThat(IntrinsicFunction.byName("states.uuid")).isEmpty();
    assertThat(IntrinsicFunction.byName(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "states.format, States.Format",
    "STATES.ARRAYLENGTH, States.ArrayLength",
    "Format, States.Format",
    "States.Formatt, States.Format",
    "States.ArayLength, States.ArrayLength",
    "States.MathAd, States.MathAdd",
    "States.Uuid, States.UUID",
    "States.JsonMerg, States.JsonMerge",
    "States.ArrayGetItems, States.ArrayGetItem",
    "Stats.Hash, States.Hash",
  })
  void suggestionsForMisspelledNames(String typed, String expected) {
    assertThat(IntrinsicFunction.suggest(typed).map(IntrinsicFunction::aslName)).contains(expected);
  }

  @Test
  void noSuggestionForUnrelatedNames() {
    assertThat(IntrinsicFunction.suggest("Foo.Bar")).isEmpty();
    assertThat(IntrinsicFunction.suggest("States.DoSomethingElse")).isEmpty();
    assertThat(IntrinsicFunction.suggest("")).isEmpty();
  }

  @Test
  void hashAlgorithmsUseAslNames() {
    assertThat(HashAlgorithm.SHA_256.aslName()).isEqualTo("SHA-256");
    assertThat(HashAlgorithm.byAslName("MD5")).contains(HashAlgorithm.MD5);
    assertThat(HashAlgorithm.byAslName("SHA256")).isEmpty();
  }
}
