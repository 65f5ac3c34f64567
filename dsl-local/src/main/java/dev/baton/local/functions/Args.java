package dev.baton.local.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Intrinsic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The evaluated arguments of one intrinsic call, with typed accessors that fail precisely. */
final class Args {

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Intrinsic call;
  private final List<JsonNode> values;

  Args(Intrinsic call, List<JsonNode> values) {
    this.call = call;
    this.values = values;
  }

  int size() {
    return values.size();
  }

  JsonNode value(int i) {
    return values.get(i);
  }

  String string(int i) {
    JsonNode v = values.get(i);
    if (!v.isTextual()) {
      throw mismatch(i, "a string", v);
    }
    return v.textValue();
  }

  /** A string of at most 10,000 characters (Base64Encode, Base64Decode, Hash). */
  String limitedString(int i) {
    String s = string(i);
    if (s.length() > IntrinsicEvaluator.MAX_STRING_INPUT) {
      throw failure(
          "argument "
              + (i + 1)
              + " has "
              + s.length()
              + " characters; AWS allows at most "
              + IntrinsicEvaluator.MAX_STRING_INPUT);
    }
    return s;
  }

  JsonNode array(int i) {
    JsonNode v = values.get(i);
    if (!v.isArray()) {
      throw mismatch(i, "an array", v);
    }
    return v;
  }

  JsonNode object(int i) {
    JsonNode v = values.get(i);
    if (!v.isObject()) {
      throw mismatch(i, "a JSON object", v);
    }
    return v;
  }

  /** An integral number (2 and 2.0 are accepted, 2.5 is not). */
  long exactInteger(int i) {
    BigDecimal n = number(i);
    if (n.stripTrailingZeros().scale() > 0 || n.compareTo(LONG_MIN) < 0 || n.compareTo(LONG_MAX) > 0) {
      throw mismatch(i, "an integer", values.get(i));
    }
    return n.longValueExact();
  }

  /** A number rounded half up to the nearest integer, as AWS rounds non-integer arguments. */
  long roundedInteger(int i) {
    BigDecimal n = number(i).setScale(0, RoundingMode.HALF_UP);
    if (n.compareTo(LONG_MIN) < 0 || n.compareTo(LONG_MAX) > 0) {
      throw failure("argument " + (i + 1) + " (" + n + ") is too large");
    }
    return n.longValueExact();
  }

  /** A number rounded to an integer that must fit in 32 bits (MathAdd, MathRandom, ArrayRange). */
  long roundedInt32(int i) {
    BigDecimal n = number(i).setScale(0, RoundingMode.HALF_UP);
    if (n.compareTo(INT_MIN) < 0 || n.compareTo(INT_MAX) > 0) {
      throw failure(
          "argument "
              + (i + 1)
              + " ("
              + n
              + ") is outside the integer range "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE);
    }
    return n.longValue();
  }

  private BigDecimal number(int i) {
    JsonNode v = values.get(i);
    if (!v.isNumber()) {
      throw mismatch(i, "a number", v);
    }
    return v.decimalValue();
  }

  StatesError failure(String problem) {
    return new StatesError(
        StatesError.INTRINSIC_FAILURE,
        "Invalid arguments in " + call.function().aslName() + ": " + problem + " (in " + call.text()
            + ")");
  }

  private StatesError mismatch(int i, String expected, JsonNode actual) {
    return failure("argument " + (i + 1) + " must be " + expected + ", but is " + type(actual));
  }

  static String type(JsonNode v) {
    String text = v.toString();
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    String kind =
        switch (v.getNodeType()) {
          case ARRAY -> "an array";
          case OBJECT -> "an object";
          case STRING -> "a string";
          case NUMBER -> "a number";
          case BOOLEAN -> "a boolean";
          case NULL -> "null";
          default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    return v.isNull() ? kind : kind + " " + shown;
  }
}
