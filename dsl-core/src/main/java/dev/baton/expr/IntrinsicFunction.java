package dev.baton.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The eighteen intrinsic functions of the Amazon States Language (Appendix B), with their arity.
 *
 * <p>Intrinsic functions are only available to states that use the JSONPath query language, in
 * Payload Template fields such as {@code Parameters} and {@code ResultSelector}. The arities follow
 * the AWS documentation "Intrinsic functions for JSONPath states in Step Functions".
 */
public enum IntrinsicFunction {
  /** {@code States.Format(template, values...)}: fills each {@code {}} of a template string. */
  FORMAT("States.Format", 1, Integer.MAX_VALUE),
  /** {@code States.StringToJson(string)}: parses an escaped JSON string. */
  STRING_TO_JSON("States.StringToJson", 1, 1),
  /** {@code States.JsonToString(json)}: serialises JSON data to a string. */
  JSON_TO_STRING("States.JsonToString", 1, 1),
  /** {@code States.Array(values...)}: builds an array of its arguments. */
  ARRAY("States.Array", 0, Integer.MAX_VALUE),
  /** {@code States.ArrayPartition(array, chunkSize)}: splits an array into chunks. */
  ARRAY_PARTITION("States.ArrayPartition", 2, 2),
  /** {@code States.ArrayContains(array, value)}: tests whether an array contains a value. */
  ARRAY_CONTAINS("States.ArrayContains", 2, 2),
  /** {@code States.ArrayRange(first, last, step)}: builds an array of at most 1000 integers. */
  ARRAY_RANGE("States.ArrayRange", 3, 3),
  /** {@code States.ArrayGetItem(array, index)}: returns one element of an array. */
  ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2),
  /** {@code States.ArrayLength(array)}: returns the length of an array. */
  ARRAY_LENGTH("States.ArrayLength", 1, 1),
  /** {@code States.ArrayUnique(array)}: removes duplicate values from an array. */
  ARRAY_UNIQUE("States.ArrayUnique", 1, 1),
  /** {@code States.Base64Encode(string)}: encodes a string of up to 10,000 characters. */
  BASE64_ENCODE("States.Base64Encode", 1, 1),
  /** {@code States.Base64Decode(string)}: decodes a Base64 string of up to 10,000 characters. */
  BASE64_DECODE("States.Base64Decode", 1, 1),
  /** {@code States.Hash(data, algorithm)}: hashes data; see {@link HashAlgorithm}. */
  HASH("States.Hash", 2, 2),
  /** {@code States.JsonMerge(a, b, false)}: shallow-merges two objects; the flag must be false. */
  JSON_MERGE("States.JsonMerge", 3, 3),
  /** {@code States.MathRandom(start, end[, seed])}: a random integer in [start, end). */
  MATH_RANDOM("States.MathRandom", 2, 3),
  /** {@code States.MathAdd(a, b)}: the sum of two integers. */
  MATH_ADD("States.MathAdd", 2, 2),
  /** {@code States.StringSplit(string, separators)}: splits a string at any separator character. */
  STRING_SPLIT("States.StringSplit", 2, 2),
  /** {@code States.UUID()}: a random version 4 UUID. */
  UUID("States.UUID", 0, 0);

  private static final Map<String, IntrinsicFunction> BY_NAME = new HashMap<>();
  private static final List<String> NAMES;

  static {
    List<String> names = new ArrayList<>();
    for (IntrinsicFunction f : values()) {
      BY_NAME.put(f.aslName, f);
      names.add(f.aslName);
    }
    NAMES = Collections.unmodifiableList(names);
  }

  private final String aslName;
  private final int minArguments;
  private final int maxArguments;

  IntrinsicFunction(String aslName, int minArguments, int maxArguments) {
    this.aslName = aslName;
    this.minArguments = minArguments;
    this.maxArguments = maxArguments;
  }

  /**
   * Returns the name used in ASL, e.g. {@code States.Format}.
   *
   * @return the ASL name
   */
  public String aslName() {
    return aslName;
  }

  /**
   * Returns the smallest number of arguments the function takes.
   *
   * @return the minimum arity
   */
  public int minArguments() {
    return minArguments;
  }

  /**
   * Returns the largest number of arguments the function takes.
   *
   * @return the maximum arity, {@link Integer#MAX_VALUE} for {@code States.Format} and {@code
   *     States.Array}
   */
  public int maxArguments() {
    return maxArguments;
  }

  /**
   * Returns how a call is written, for messages, e.g. {@code States.MathRandom(start, end[,
   * seed])}.
   *
   * @return the call signature
   */
  public String signature() {
    return aslName
        + switch (this) {
          case FORMAT -> "('template {}', value, ...)";
          case STRING_TO_JSON -> "(string)";
          case JSON_TO_STRING -> "(json)";
          case ARRAY -> "(value, ...)";
          case ARRAY_PARTITION -> "(array, chunkSize)";
          case ARRAY_CONTAINS -> "(array, value)";
          case ARRAY_RANGE -> "(first, last, step)";
          case ARRAY_GET_ITEM -> "(array, index)";
          case ARRAY_LENGTH, ARRAY_UNIQUE -> "(array)";
          case BASE64_ENCODE, BASE64_DECODE -> "(string)";
          case HASH -> "(data, 'SHA-256')";
          case JSON_MERGE -> "(object1, object2, false)";
          case MATH_RANDOM -> "(start, end[, seed])";
          case MATH_ADD -> "(a, b)";
          case STRING_SPLIT -> "(string, separators)";
          case UUID -> "()";
        };
  }

  /**
   * Looks a function up by its exact, case-sensitive ASL name.
   *
   * @param name the name, e.g. {@code States.ArrayLength}; may be null
   * @return the function, or empty if there is none with that name
   */
  public static Optional<IntrinsicFunction> byName(String name) {
    return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
  }

  /**
   * Returns the ASL names of all intrinsic functions, in the order of this enum.
   *
   * @return an unmodifiable list of 18 names
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Suggests the function a misspelled name was probably meant to be: a case-insensitive match, a
   * name missing its {@code States.} prefix, or the closest name by edit distance.
   *
   * @param name the unknown name; may be null
   * @return the likely function, or empty when no name is close
   */
  public static Optional<IntrinsicFunction> suggest(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String qualified = lower.indexOf('.') < 0 ? "states." + lower : lower;
    IntrinsicFunction best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (IntrinsicFunction f : values()) {
      String candidate = f.aslName.toLowerCase(Locale.ROOT);
      if (candidate.equals(lower) || candidate.equals(qualified)) {
        return Optional.of(f);
      }
      int d = Math.min(distance(lower, candidate), distance(qualified, candidate));
      if (d < bestDistance) {
        bestDistance = d;
        best = f;
      }
    }
    // allow roughly one typo per four characters of the function part of the name
    int allowed = Math.max(2, (best.aslName.length() - "States.".length()) / 4);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance; names are short so the quadratic table is cheap. */
  private static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int insertOrDelete = Math.min(current[j - 1], previous[j]) + 1;
        current[j] = Math.min(insertOrDelete, previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
