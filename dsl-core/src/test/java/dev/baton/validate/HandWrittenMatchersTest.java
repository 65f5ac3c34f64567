package dev.baton.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks replace a regular expression and {@code String.getBytes} by hand-written loops on
 * their hot paths; these must agree with what they replace on every kind of input.
 */
class HandWrittenMatchersTest {
  private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:states:::lambda:invoke", "a:b", "a:", ":b", "1a:b", "a1+.-:x", "a_b:c",
      "arn", "", "a:b\nc", "a:b\rc", "a:b\u0085", "a:\u2028", "a:\u2029x", "ab:\t", "é:x", "a:é", "A:B:C",
      "a::", "a b:c", "http://example.com/x", "a:\uD800"})
  void isUriAgreesWithThePatternItReplaces(String text) {
    assertThat(ResourceChecks.isUri(text)).as(text).isEqualTo(URI_SCHEME.matcher(text).matches());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain ascii", "caf\u00e9", "\u20ac10", "\u0800", "\u07ff", "\uD83D\uDE00 smile",
      "lone \uD800 high", "lone \uDC00 low", "end \uD83D", "\uDE00\uD83D reversed", "\u007f\u0080"})
  void utf8LengthAgreesWithGetBytes(String text) {
    assertThat(QuotaChecks.utf8(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }
}
