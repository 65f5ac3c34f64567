package dev.baton.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A typed builder for ASL intrinsic function calls, one method per function.
 *
 * <p>Fixed arities are enforced by the method signatures; everything else that {@link
 * Intrinsic#parse(String)} checks (placeholder counts, literal types, nesting) is checked when the
 * call is built. Every result's {@link Intrinsic#text()} parses back to an equal {@link Intrinsic}.
 *
 * <pre>{@code
 * Intrinsic greeting = Intrinsics.format("Hello, {}!", Path.of("$.name"));
 * Intrinsic next = Intrinsics.mathAdd(Path.of("$.counter"), 1);
 * }</pre>
 */
public final class Intrinsics {

  private Intrinsics() {}

  /**
   * Builds {@code States.Format(template, values...)}.
   *
   * <p>In {@code template}, each {@code {}} is a placeholder; a backslash makes the next {@code
   * {}, {@code }} or backslash literal (so {@code "\\{}"} in Java source is a literal {@code {}});
   * any other character, including a lone brace, is literal. The template is written to ASL with
   * the required escapes.
   *
   * @param template the template text; required
   * @param values one value per placeholder
   * @return the call
   * @throws ExpressionException if the number of values differs from the number of placeholders
   */
  public static Intrinsic format(String template, IntrinsicArg... values) {
    Objects.requireNonNull(template, "template");
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length() && isTemplateEscapable(template.charAt(i + 1))) {
        part.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        parts.add(part.toString());
        part.setLength(0);
        i++;
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return Intrinsic.format(parts, List.of(values));
  }

  /**
   * Builds {@code States.Format(template, values...)} with a template taken from a path or call.
   *
   * @param template a path or call that yields the template string; required
   * @param values the values for the placeholders
   * @return the call
   */
  public static Intrinsic format(IntrinsicArg template, IntrinsicArg... values) {
    List<IntrinsicArg> args = new ArrayList<>(values.length + 1);
    args.add(Objects.requireNonNull(template, "template"));
    args.addAll(List.of(values));
    return Intrinsic.of(IntrinsicFunction.FORMAT, args);
  }

  private static boolean isTemplateEscapable(char c) {
    return c == '{' || c == '}' || c == '\\';
  }

  /**
   * Builds {@code States.StringToJson(string)}, which parses an escaped JSON string.
   *
   * @param string the string, usually a path; required
   * @return the call
   */
  public static Intrinsic stringToJson(IntrinsicArg string) {
    return call(IntrinsicFunction.STRING_TO_JSON, string);
  }

  /**
   * Builds {@code States.JsonToString(json)}, which serialises JSON data.
   *
   * @param json the data, usually a path; required
   * @return the call
   */
  public static Intrinsic jsonToString(IntrinsicArg json) {
    return call(IntrinsicFunction.JSON_TO_STRING, json);
  }

  /**
   * Builds {@code States.Array(values...)}, an array of the values in order.
   *
   * @param values zero or more values
   * @return the call
   */
  public static Intrinsic array(IntrinsicArg... values) {
    return call(IntrinsicFunction.ARRAY, values);
  }

  /**
   * Builds {@code States.ArrayPartition(array, chunkSize)}.
   *
   * @param array the array to split; required
   * @param chunkSize the chunk size, a positive integer; required
   * @return the call
   */
  public static Intrinsic arrayPartition(IntrinsicArg array, IntrinsicArg chunkSize) {
    return call(IntrinsicFunction.ARRAY_PARTITION, array, chunkSize);
  }

  /**
   * Builds {@code States.ArrayPartition(array, chunkSize)} with a literal chunk size.
   *
   * @param array the array to split; required
   * @param chunkSize the chunk size; must be positive
   * @return the call
   */
  public static Intrinsic arrayPartition(IntrinsicArg array, int chunkSize) {
    return arrayPartition(array, IntrinsicArg.of(chunkSize));
  }

  /**
   * Builds {@code States.ArrayContains(array, value)}.
   *
   * @param array the array to search; required
   * @param value the value to look for; required
   * @return the call
   */
  public static Intrinsic arrayContains(IntrinsicArg array, IntrinsicArg value) {
    return call(IntrinsicFunction.ARRAY_CONTAINS, array, value);
  }

  /**
   * Builds {@code States.ArrayRange(first, last, step)}.
   *
   * @param first the first element; required
   * @param last the last element; required
   * @param step the increment, not 0; required
   * @return the call
   */
  public static Intrinsic arrayRange(IntrinsicArg first, IntrinsicArg last, IntrinsicArg step) {
    return call(IntrinsicFunction.ARRAY_RANGE, first, last, step);
  }

  /**
   * Builds {@code States.ArrayRange(first, last, step)} with literal integers.
   *
   * @param first the first element
   * @param last the last element
   * @param step the increment; must not be 0
   * @return the call
   */
  public static Intrinsic arrayRange(long first, long last, long step) {
    return arrayRange(IntrinsicArg.of(first), IntrinsicArg.of(last), IntrinsicArg.of(step));
  }

  /**
   * Builds {@code States.ArrayGetItem(array, index)}.
   *
   * @param array the array; required
   * @param index the index; required
   * @return the call
   */
  public static Intrinsic arrayGetItem(IntrinsicArg array, IntrinsicArg index) {
    return call(IntrinsicFunction.ARRAY_GET_ITEM, array, index);
  }

  /**
   * Builds {@code States.ArrayGetItem(array, index)} with a literal index.
   *
   * @param array the array; required
   * @param index the index
   * @return the call
   */
  public static Intrinsic arrayGetItem(IntrinsicArg array, int index) {
    return arrayGetItem(array, IntrinsicArg.of(index));
  }

  /**
   * Builds {@code States.ArrayLength(array)}.
   *
   * @param array the array; required
   * @return the call
   */
  public static Intrinsic arrayLength(IntrinsicArg array) {
    return call(IntrinsicFunction.ARRAY_LENGTH, array);
  }

  /**
   * Builds {@code States.ArrayUnique(array)}.
   *
   * @param array the array; required
   * @return the call
   */
  public static Intrinsic arrayUnique(IntrinsicArg array) {
    return call(IntrinsicFunction.ARRAY_UNIQUE, array);
  }

  /**
   * Builds {@code States.Base64Encode(string)}.
   *
   * @param string the data to encode, at most 10,000 characters; required
   * @return the call
   */
  public static Intrinsic base64Encode(IntrinsicArg string) {
    return call(IntrinsicFunction.BASE64_ENCODE, string);
  }

  /**
   * Builds {@code States.Base64Decode(string)}.
   *
   * @param string the Base64 data to decode; required
   * @return the call
   */
  public static Intrinsic base64Decode(IntrinsicArg string) {
    return call(IntrinsicFunction.BASE64_DECODE, string);
  }

  /**
   * Builds {@code States.Hash(data, 'algorithm')}.
   *
   * @param data the data to hash; required
   * @param algorithm the algorithm; required
   * @return the call
   */
  public static Intrinsic hash(IntrinsicArg data, HashAlgorithm algorithm) {
    Objects.requireNonNull(algorithm, "algorithm");
    return call(IntrinsicFunction.HASH, data, IntrinsicArg.of(algorithm.aslName()));
  }

  /**
   * Builds {@code States.Hash(data, algorithm)} with the algorithm taken from a path or call.
   *
   * @param data the data to hash; required
   * @param algorithm a path or call yielding one of the algorithm names; required
   * @return the call
   */
  public static Intrinsic hash(IntrinsicArg data, IntrinsicArg algorithm) {
    return call(IntrinsicFunction.HASH, data, algorithm);
  }

  /**
   * Builds {@code States.JsonMerge(a, b, false)}, a shallow merge where {@code b}'s keys win; the
   * third argument is always {@code false} because Step Functions has no deep merge.
   *
   * @param a the first object; required
   * @param b the second object; required
   * @return the call
   */
  public static Intrinsic jsonMerge(IntrinsicArg a, IntrinsicArg b) {
    return call(IntrinsicFunction.JSON_MERGE, a, b, IntrinsicArg.of(false));
  }

  /**
   * Builds {@code States.MathRandom(start, end)}, a random integer from start (inclusive) to end
   * (exclusive).
   *
   * @param start the lower bound; required
   * @param end the upper bound; required
   * @return the call
   */
  public static Intrinsic mathRandom(IntrinsicArg start, IntrinsicArg end) {
    return call(IntrinsicFunction.MATH_RANDOM, start, end);
  }

  /**
   * Builds {@code States.MathRandom(start, end, seed)}; the same seed gives the same number.
   *
   * @param start the lower bound; required
   * @param end the upper bound; required
   * @param seed the seed; required
   * @return the call
   */
  public static Intrinsic mathRandom(IntrinsicArg start, IntrinsicArg end, IntrinsicArg seed) {
    return call(IntrinsicFunction.MATH_RANDOM, start, end, seed);
  }

  /**
   * Builds {@code States.MathRandom(start, end)} with literal bounds.
   *
   * @param start the lower bound
   * @param end the upper bound
   * @return the call
   */
  public static Intrinsic mathRandom(long start, long end) {
    return mathRandom(IntrinsicArg.of(start), IntrinsicArg.of(end));
  }

  /**
   * Builds {@code States.MathAdd(a, b)}.
   *
   * @param a the first integer; required
   * @param b the second integer; required
   * @return the call
   */
  public static Intrinsic mathAdd(IntrinsicArg a, IntrinsicArg b) {
    return call(IntrinsicFunction.MATH_ADD, a, b);
  }

  /**
   * Builds {@code States.MathAdd(a, b)} with a literal second operand, e.g. to count in a loop.
   *
   * @param a the first integer; required
   * @param b the amount to add, within the 32-bit integer range
   * @return the call
   */
  public static Intrinsic mathAdd(IntrinsicArg a, long b) {
    return mathAdd(a, IntrinsicArg.of(b));
  }

  /**
   * Builds {@code States.StringSplit(string, separators)}; each character of {@code separators}
   * splits.
   *
   * @param string the string to split; required
   * @param separators the separator characters; required
   * @return the call
   */
  public static Intrinsic stringSplit(IntrinsicArg string, IntrinsicArg separators) {
    return call(IntrinsicFunction.STRING_SPLIT, string, separators);
  }

  /**
   * Builds {@code States.StringSplit(string, 'separators')} with literal separators.
   *
   * @param string the string to split; required
   * @param separators the separator characters; required
   * @return the call
   */
  public static Intrinsic stringSplit(IntrinsicArg string, String separators) {
    return stringSplit(string, IntrinsicArg.of(separators));
  }

  /**
   * Builds {@code States.UUID()}.
   *
   * @return the call
   */
  public static Intrinsic uuid() {
    return call(IntrinsicFunction.UUID);
  }

  private static Intrinsic call(IntrinsicFunction function, IntrinsicArg... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        throw new NullPointerException(
            "argument " + (i + 1) + " of " + function.aslName() + " is null; use"
                + " IntrinsicArg.nullValue() for a JSON null");
      }
    }
    return Intrinsic.of(function, List.of(args));
  }
}
