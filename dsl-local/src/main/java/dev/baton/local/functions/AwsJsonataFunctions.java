package dev.baton.local.functions;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.baton.expr.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The functions AWS Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code
 * $hash}, {@code $random}, {@code $uuid}, {@code $parse}), and {@code $now}/{@code $millis} read
 * from the engine's clock, bound into each evaluation's frame.
 */
final class AwsJsonataFunctions {

  /** JSONata's own limit for a range such as {@code [1..n]}. */
  static final int MAX_RANGE_ITEMS = 10_000_000;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** A failure of one of these functions; its message becomes the error's cause. */
  static final class FunctionFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FunctionFailure(String message) {
      super(message, null, false, false);
    }
  }

  private AwsJsonataFunctions() {}

  /** The names of the functions, as bound (without {@code $}). */
  static final List<String> NAMES =
      List.of("partition", "range", "hash", "random", "uuid", "parse", "millis", "now");

  /**
   * Builds the functions once per evaluator, in the order of {@link #NAMES}. {@code $now} and
   * {@code $millis} read the clock when called; the engine's virtual clock does not move while
   * an expression is evaluated, so they are constant within one expression there.
   */
  static JFunction[] create(RandomGenerator random, Clock clock) {
    return new JFunction[] {
      new JFunction((input, args) -> partition(args), null),
      new JFunction((input, args) -> range(args), null),
      new JFunction((input, args) -> hash(args), null),
      new JFunction((input, args) -> random(args, random), null),
      new JFunction((input, args) -> uuid(random), null),
      new JFunction((input, args) -> parse(args), null),
      new JFunction((input, args) -> clock.millis(), null),
      new JFunction(
          (input, args) ->
              Functions.dateTimeFromMillis(
                  clock.millis(), (String) arg(args, 0, "now"), (String) arg(args, 1, "now")),
          null)
    };
  }

  /** Which of {@link #NAMES} an expression mentions; only those are bound when it runs. */
  static boolean[] used(String expression) {
    boolean[] used = new boolean[NAMES.size()];
    for (int i = 0; i < used.length; i++) {
      used[i] = expression.contains("$" + NAMES.get(i));
    }
    return used;
  }

  private static Object arg(List<?> args, int i, String function) {
    Object value = args.size() > i ? args.get(i) : null;
    if (value != null && !(value instanceof String)) {
      throw new FunctionFailure("argument " + (i + 1) + " of $" + function + " must be a string");
    }
    return value;
  }

  private static List<Object> partition(List<?> args) {
    if (args.size() != 2) {
      throw new FunctionFailure("$partition(array, chunkSize) takes 2 arguments");
    }
    List<?> array = asArray(args.get(0));
    long size = integer(args.get(1), "$partition", 2);
    if (size <= 0) {
      throw new FunctionFailure("the chunk size of $partition must be a positive integer");
    }
    List<Object> chunks = new ArrayList<>();
    for (int i = 0; i < array.size(); i += (int) Math.min(size, Integer.MAX_VALUE)) {
      chunks.add(new ArrayList<>(array.subList(i, (int) Math.min(array.size(), i + size))));
    }
    return chunks;
  }

  private static List<Object> range(List<?> args) {
    if (args.size() != 3) {
      throw new FunctionFailure("$range(start, end, step) takes 3 arguments");
    }
    double first = number(args.get(0), "$range", 1);
    double last = number(args.get(1), "$range", 2);
    double step = number(args.get(2), "$range", 3);
    if (step == 0) {
      throw new FunctionFailure("the step of $range must not be 0");
    }
    double span = Math.floor((last - first) / step + 1e-9);
    long count = span < 0 ? 0 : (long) span + 1;
    if (count > MAX_RANGE_ITEMS) {
      throw new FunctionFailure(
          "$range would create " + count + " items; at most " + MAX_RANGE_ITEMS + " are allowed");
    }
    List<Object> values = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      // computed from the start each time, so fractional steps do not accumulate rounding errors
      double v = first + i * step;
      values.add(v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v);
    }
    return values;
  }

  private static double number(Object value, String function, int position) {
    if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw new FunctionFailure(
        "argument " + position + " of " + function + " must be a number, but is " + value);
  }

  private static String hash(List<?> args) {
    if (args.isEmpty() || args.size() > 2 || !(args.get(0) instanceof String data)) {
      throw new FunctionFailure("$hash(string, algorithm) needs a string to hash");
    }
    String name = args.size() == 2 ? String.valueOf(args.get(1)) : "SHA-256";
    HashAlgorithm algorithm =
        HashAlgorithm.byAslName(name)
            .orElseThrow(
                () ->
                    new FunctionFailure(
                        "'"
                            + name
                            + "' is not a $hash algorithm; use MD5, SHA-1, SHA-256, SHA-384 or"
                            + " SHA-512"));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm.aslName())
                  .digest(data.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm.aslName(), e);
    }
  }

  private static Double random(List<?> args, RandomGenerator random) {
    if (args.size() > 1) {
      throw new FunctionFailure("$random([seed]) takes at most 1 argument");
    }
    if (args.isEmpty() || args.get(0) == null) {
      synchronized (random) {
        return random.nextDouble();
      }
    }
    return new SplittableRandom(integer(args.get(0), "$random", 1)).nextDouble();
  }

  /** A version 4 UUID; the generator is shared by concurrent branches, hence the lock. */
  static String uuid(RandomGenerator random) {
    long high;
    long low;
    synchronized (random) {
      high = random.nextLong();
      low = random.nextLong();
    }
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private static Object parse(List<?> args) {
    if (args.size() != 1 || !(args.get(0) instanceof String text)) {
      throw new FunctionFailure("$parse(string) needs one string of JSON text");
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new FunctionFailure("$parse was given an empty string");
      }
      return JsonataValues.toJsonata(node);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new FunctionFailure("$parse was given invalid JSON: " + e.getOriginalMessage());
    }
  }

  private static List<?> asArray(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value == null) {
      throw new FunctionFailure("the first argument of $partition must be an array");
    }
    return List.of(value);
  }

  private static long integer(Object value, String function, int position) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d)) {
        return n.longValue();
      }
    }
    throw new FunctionFailure(
        "argument " + position + " of " + function + " must be an integer, but is " + value);
  }
}
