package dev.baton.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An argument of an ASL intrinsic function call: a literal scalar, a {@link Path} or a nested
 * {@link Intrinsic}.
 *
 * <p>Intrinsic functions (ASL Appendix B) take literal strings in single quotes, numbers, {@code
 * true}, {@code false}, {@code null}, paths such as {@code $.name} and nested calls such as {@code
 * States.MathAdd($.i, 1)}. Each argument prints itself as intrinsic source text with {@link
 * #toSource()}.
 */
public sealed interface IntrinsicArg permits IntrinsicArg.Literal, Path, Intrinsic {

  /**
   * Returns this argument written as intrinsic function source text.
   *
   * @return e.g. {@code 'it\'s'}, {@code 42}, {@code true}, {@code $.a} or {@code States.UUID()}
   */
  String toSource();

  /**
   * Returns a string literal argument, written in single quotes with {@code '}, {@code {}, {@code
   * }} and {@code \} escaped by a backslash. A string starting with {@code $} stays a string; use
   * {@link Path#of(String)} for a path.
   *
   * @param value the string value; required
   * @return the literal
   */
  static Literal of(String value) {
    Objects.requireNonNull(value, "value");
    return new Literal(TextNode.valueOf(value));
  }

  /**
   * Returns an integer literal argument.
   *
   * @param value the number
   * @return the literal
   */
  static Literal of(long value) {
    return new Literal(LongNode.valueOf(value));
  }

  /**
   * Returns a number literal argument.
   *
   * @param value the number; must be finite
   * @return the literal
   * @throws ExpressionException if the value is NaN or infinite, which JSON cannot represent
   */
  static Literal of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ExpressionException(
          "the number " + value + " cannot be an intrinsic argument",
          null,
          -1,
          "JSON has no NaN or infinity; pass a finite number");
    }
    return new Literal(DecimalNode.valueOf(BigDecimal.valueOf(value)));
  }

  /**
   * Returns an exact decimal number literal argument.
   *
   * @param value the number; required
   * @return the literal
   */
  static Literal of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return new Literal(DecimalNode.valueOf(value));
  }

  /**
   * Returns a boolean literal argument, written {@code true} or {@code false}.
   *
   * @param value the boolean
   * @return the literal
   */
  static Literal of(boolean value) {
    return new Literal(BooleanNode.valueOf(value));
  }

  /**
   * Returns the {@code null} literal argument.
   *
   * @return the literal
   */
  static Literal nullValue() {
    return new Literal(NullNode.getInstance());
  }

  /**
   * A literal scalar argument: a string, number, boolean or null.
   *
   * <p>Numbers are stored in one canonical form (an {@code int}, {@code long} or big integer node
   * for integral values, otherwise a decimal without trailing zeros) so that equal numbers compare
   * equal however they were written: {@code 1}, {@code 1.0} and {@code 1e0} are the same literal.
   *
   * @param value a Jackson scalar node; required
   */
  record Literal(JsonNode value) implements IntrinsicArg {

    /** Integral values with more digits than this stay decimals, so huge exponents stay cheap. */
    private static final int MAX_INTEGER_DIGITS = 400;

    /**
     * Creates a literal, normalising numbers.
     *
     * @param value a string, number, boolean or null node; required
     * @throws ExpressionException if the value is an array, object or other non-scalar node
     */
    public Literal {
      Objects.requireNonNull(value, "value");
      if (value.isNumber()) {
        value = normalize(value.decimalValue());
      } else if (!value.isTextual() && !value.isBoolean() && !value.isNull()) {
        throw new ExpressionException(
            "an intrinsic literal must be a string, number, boolean or null, not "
                + value.getNodeType(),
            null,
            -1,
            "build arrays with Intrinsics.array(...) and objects with"
                + " States.StringToJson, or pass a Path to the data");
      }
    }

    /**
     * Returns whether this literal is a string.
     *
     * @return {@code true} for a string literal
     */
    public boolean isString() {
      return value.isTextual();
    }

    /**
     * Returns whether this literal is a number.
     *
     * @return {@code true} for a number literal
     */
    public boolean isNumber() {
      return value.isNumber();
    }

    /**
     * Returns the literal as intrinsic source text.
     *
     * @return a quoted and escaped string, a number, {@code true}, {@code false} or {@code null}
     */
    @Override
    public String toSource() {
      if (value.isTextual()) {
        return quote(value.textValue());
      }
      if (value.isBigDecimal()) {
        // toString, not toPlainString: 1E+400 must not grow into 401 digits
        return value.decimalValue().toString();
      }
      return value.asText();
    }

    /** Writes a string in single quotes with the four ASL intrinsic escapes. */
    static String quote(String s) {
      StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
      appendEscaped(sb, s);
      return sb.append('\'').toString();
    }

    /** Appends {@code s} with {@code '}, {@code {}, {@code }} and {@code \} escaped. */
    static void appendEscaped(StringBuilder sb, String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\'' || c == '{' || c == '}' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
    }

    private static JsonNode normalize(BigDecimal number) {
      BigDecimal n = number.stripTrailingZeros();
      if (n.scale() > 0) {
        return DecimalNode.valueOf(n);
      }
      if ((long) n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
        return DecimalNode.valueOf(n);
      }
      if ((long) n.precision() - n.scale() <= 18) {
        long v = n.longValueExact();
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
      }
      return BigIntegerNode.valueOf(n.toBigIntegerExact());
    }
  }
}
