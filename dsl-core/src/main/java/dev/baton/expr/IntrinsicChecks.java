package dev.baton.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the arity of an intrinsic call and the types of its literal arguments.
 *
 * <p>Only literals are checked: a path or a nested call is only known when the state runs. The
 * rules come from the input validation sections of the AWS documentation of each function.
 */
final class IntrinsicChecks {

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final IntrinsicFunction function;
  private final List<IntrinsicArg> args;
  private final int[] offsets;
  private final String src;

  private IntrinsicChecks(
      IntrinsicFunction function, List<IntrinsicArg> args, int[] offsets, String src) {
    this.function = function;
    this.args = args;
    this.offsets = offsets;
    this.src = src;
  }

  /**
   * Checks a call.
   *
   * @param offsets the offset of each argument in {@code src}
   * @param nameOffset the offset of the function name in {@code src}
   * @param placeholders the number of {@code {}} in a literal Format template, or -1
   */
  static void check(
      IntrinsicFunction function,
      List<IntrinsicArg> args,
      int[] offsets,
      int nameOffset,
      String src,
      int placeholders) {
    int n = args.size();
    if (n < function.minArguments() || n > function.maxArguments()) {
      throw new ExpressionException(
          ExpressionException.Kind.ARITY,
          function.aslName() + " " + arity(function) + " but was given " + n,
          src,
          nameOffset,
          "write " + function.signature(),
          null);
    }
    new IntrinsicChecks(function, args, offsets, src).checkTypes(placeholders);
  }

  private static String arity(IntrinsicFunction f) {
    int min = f.minArguments();
    int max = f.maxArguments();
    if (max == Integer.MAX_VALUE) {
      return "takes at least " + min + (min == 1 ? " argument" : " arguments");
    }
    if (min == max) {
      return "takes exactly " + min + (min == 1 ? " argument" : " arguments");
    }
    return "takes " + min + " or " + max + " arguments";
  }

  private void checkTypes(int placeholders) {
    switch (function) {
      case FORMAT -> checkFormat(placeholders);
      case MATH_ADD -> {
        int32(0);
        int32(1);
      }
      case MATH_RANDOM -> {
        for (int i = 0; i < args.size(); i++) {
          number(i);
        }
      }
      case ARRAY_RANGE -> {
        number(0);
        number(1);
        number(2);
        if (literalNumber(2).map(v -> v.signum() == 0).orElse(false)) {
          fail(2, "the step of States.ArrayRange must not be 0", "use a step such as 1 or -1");
        }
      }
      case ARRAY_PARTITION -> {
        array(0);
        number(1);
        if (literalNumber(1).map(v -> v.signum() <= 0).orElse(false)) {
          fail(1, "the chunk size of States.ArrayPartition must be positive", "use 1 or more");
        }
      }
      case ARRAY_CONTAINS, ARRAY_LENGTH, ARRAY_UNIQUE -> array(0);
      case ARRAY_GET_ITEM -> {
        array(0);
        number(1);
      }
      case BASE64_ENCODE, BASE64_DECODE, STRING_TO_JSON -> string(0);
      case STRING_SPLIT -> {
        string(0);
        string(1);
      }
      case HASH -> checkHash();
      case JSON_MERGE -> checkJsonMerge();
      case JSON_TO_STRING, ARRAY, UUID -> {
        // any argument is fine
      }
    }
  }

  private void checkFormat(int placeholders) {
    JsonNode template = literal(0);
    if (template == null) {
      return;
    }
    if (!template.isTextual()) {
      fail(
          0,
          "the first argument of States.Format must be a string template, not " + show(template),
          "write e.g. States.Format('Hello, {}', $.name)");
    }
    int values = args.size() - 1;
    if (placeholders >= 0 && placeholders != values) {
      fail(
          0,
          "the States.Format template has "
              + count(placeholders, "placeholder {}", "placeholders {}")
              + " but "
              + count(values, "value follows", "values follow"),
          placeholders > values
              ? "add an argument for each {} or remove the extra {}"
              : "add a {} for each value or remove the extra arguments; write \\{ and \\} for"
                  + " literal braces");
    }
  }

  private void checkHash() {
    JsonNode algorithm = literal(1);
    if (algorithm == null) {
      return;
    }
    String names = "MD5, SHA-1, SHA-256, SHA-384 or SHA-512";
    if (!algorithm.isTextual()) {
      fail(
          1,
          "the algorithm of States.Hash must be a string, not " + show(algorithm),
          "write one of " + names + " in single quotes");
    }
    String name = algorithm.textValue();
    if (HashAlgorithm.byAslName(name).isEmpty()) {
      String squashed = name.replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
      Optional<HashAlgorithm> close =
          Arrays.stream(HashAlgorithm.values())
              .filter(a -> a.aslName().replace("-", "").equals(squashed))
              .findFirst();
      fail(
          1,
          "'" + name + "' is not a hash algorithm of States.Hash",
          close.map(a -> "did you mean '" + a.aslName() + "'?").orElse("use one of " + names));
    }
  }

  private void checkJsonMerge() {
    object(0);
    object(1);
    JsonNode deep = literal(2);
    if (deep != null && !(deep.isBoolean() && !deep.booleanValue())) {
      fail(
          2,
          "the third argument of States.JsonMerge must be false, not " + show(deep),
          "Step Functions only supports shallow merging; write false");
    }
  }

  private void int32(int i) {
    number(i);
    Optional<BigDecimal> value = literalNumber(i);
    if (value.isPresent()
        && (value.get().compareTo(INT_MIN) < 0 || value.get().compareTo(INT_MAX) > 0)) {
      fail(
          i,
          "argument " + (i + 1) + " of States.MathAdd is outside the 32-bit integer range",
          "States.MathAdd adds integers from -2147483648 to 2147483647");
    }
  }

  private void number(int i) {
    JsonNode v = literal(i);
    if (v != null && !v.isNumber()) {
      fail(
          i,
          "argument " + (i + 1) + " of " + function.aslName() + " must be a number, not " + show(v),
          v.isTextual() && looksNumeric(v.textValue())
              ? "remove the quotes: " + v.textValue()
              : "pass a number or a path to one");
    }
  }

  private void string(int i) {
    JsonNode v = literal(i);
    if (v != null && !v.isTextual()) {
      fail(
          i,
          "argument " + (i + 1) + " of " + function.aslName() + " must be a string, not " + show(v),
          "put the value in single quotes, or pass a path to a string");
    }
  }

  private void array(int i) {
    JsonNode v = literal(i);
    if (v != null) {
      fail(
          i,
          "argument " + (i + 1) + " of " + function.aslName() + " must be an array, not " + show(v),
          "pass a path to an array such as $.items, or States.Array(...)");
    }
  }

  private void object(int i) {
    JsonNode v = literal(i);
    if (v != null) {
      fail(
          i,
          "argument " + (i + 1) + " of States.JsonMerge must be a JSON object, not " + show(v),
          "pass a path to an object such as $.json1, or States.StringToJson(...)");
    }
  }

  /** Returns the literal value of argument {@code i}, or null when it is a path or a call. */
  private JsonNode literal(int i) {
    return args.get(i) instanceof IntrinsicArg.Literal l ? l.value() : null;
  }

  private Optional<BigDecimal> literalNumber(int i) {
    JsonNode v = literal(i);
    return v != null && v.isNumber() ? Optional.of(v.decimalValue()) : Optional.empty();
  }

  private static boolean looksNumeric(String s) {
    try {
      new BigDecimal(s.trim());
      return s.length() < 40;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String show(JsonNode v) {
    if (v.isTextual()) {
      String s = v.textValue();
      String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
      return "the string " + IntrinsicArg.Literal.quote(shown);
    }
    if (v.isNull()) {
      return "null";
    }
    return v.isBoolean()
        ? "the boolean " + v.asText()
        : "the number " + new IntrinsicArg.Literal(v).toSource();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private void fail(int argument, String problem, String hint) {
    throw new ExpressionException(ExpressionException.Kind.ARGUMENT, problem, src, offsets[argument], hint, null);
  }
}
