package dev.baton.local.functions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.baton.expr.HashAlgorithm;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.IntrinsicArg;
import dev.baton.expr.IntrinsicFunction;
import dev.baton.expr.Path;
import dev.baton.json.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Evaluates the 18 ASL intrinsic functions ({@code States.Format}, {@code States.Array}, ...) the
 * way AWS Step Functions does, for JSONPath states' Payload Templates.
 *
 * <p>Arguments are evaluated left to right: literals are used as written, paths are handed to a
 * {@link PathResolver} (which decides the document and the error for a path that does not
 * resolve), nested calls are evaluated recursively. Any failure of the function itself throws
 * {@link StatesError} {@code States.IntrinsicFailure} with a cause that names the function, the
 * argument and what was wrong. The semantics chosen, with their sources, are listed in {@code
 * docs/local-functions.md}.
 *
 * <p>An evaluator is thread-safe: its {@link RandomGenerator} (used only by {@code States.UUID}
 * and unseeded {@code States.MathRandom}) is locked while it is read. Pass a seeded generator for
 * reproducible tests.
 */
public final class IntrinsicEvaluator {

  /** Resolves a path argument of an intrinsic to its value. */
  @FunctionalInterface
  public interface PathResolver {
    /**
     * Returns the value the path selects.
     *
     * @param path the path argument ({@code $...}, {@code $$...} or {@code $var...}); never null
     * @return the value; never Java null (throw a {@link StatesError} when it does not resolve)
     */
    JsonNode resolve(Path path);
  }

  /** AWS: "The new array can contain up to 1000 elements." */
  static final int MAX_RANGE_ITEMS = 1000;
  /** AWS: Base64Encode, Base64Decode and Hash take strings of up to 10,000 characters. */
  static final int MAX_STRING_INPUT = 10_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final RandomGenerator random;

  /**
   * Creates an evaluator.
   *
   * @param random the source of {@code States.UUID} and unseeded {@code States.MathRandom} values;
   *     required
   */
  public IntrinsicEvaluator(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Evaluates a call.
   *
   * @param call the parsed call; required
   * @param paths resolves path arguments; required
   * @return the result, a new node (or a node of the input when the function returns an argument
   *     unchanged, e.g. {@code States.ArrayGetItem})
   * @throws StatesError {@code States.IntrinsicFailure} when the function fails, or whatever the
   *     resolver throws for a path
   */
  public JsonNode evaluate(Intrinsic call, PathResolver paths) {
    List<IntrinsicArg> arguments = call.arguments();
    List<JsonNode> values = new ArrayList<>(arguments.size());
    for (IntrinsicArg argument : arguments) {
      values.add(argument(argument, paths));
    }
    Args args = new Args(call, values);
    return switch (call.function()) {
      case FORMAT -> format(call, args);
      case STRING_TO_JSON -> stringToJson(args);
      case JSON_TO_STRING -> TextNode.valueOf(values.get(0).toString());
      case ARRAY -> array(values);
      case ARRAY_PARTITION -> arrayPartition(args);
      case ARRAY_CONTAINS -> BooleanNode.valueOf(contains(args.array(0), values.get(1)));
      case ARRAY_RANGE -> arrayRange(args);
      case ARRAY_GET_ITEM -> arrayGetItem(args);
      case ARRAY_LENGTH -> IntNode.valueOf(args.array(0).size());
      case ARRAY_UNIQUE -> arrayUnique(args.array(0));
      case BASE64_ENCODE -> base64Encode(args);
      case BASE64_DECODE -> base64Decode(args);
      case HASH -> hash(args);
      case JSON_MERGE -> jsonMerge(args);
      case MATH_RANDOM -> mathRandom(args);
      case MATH_ADD -> mathAdd(args);
      case STRING_SPLIT -> stringSplit(args);
      case UUID -> TextNode.valueOf(uuid());
    };
  }

  private JsonNode argument(IntrinsicArg argument, PathResolver paths) {
    if (argument instanceof IntrinsicArg.Literal literal) {
      return literal.value();
    }
    if (argument instanceof Path path) {
      JsonNode value = paths.resolve(path);
      if (value == null) {
        throw new StatesError(
            StatesError.INTRINSIC_FAILURE, "the path " + path.text() + " did not resolve");
      }
      return value;
    }
    return evaluate((Intrinsic) argument, paths);
  }

  private static JsonNode format(Intrinsic call, Args args) {
    List<String> parts =
        call.formatTemplateParts()
            .orElseGet(() -> splitPlaceholders(args.string(0)));
    int placeholders = parts.size() - 1;
    if (placeholders != args.size() - 1) {
      throw args.failure(
          "the template has "
              + placeholders
              + " {} placeholder(s) but "
              + (args.size() - 1)
              + " value(s) were given");
    }
    StringBuilder sb = new StringBuilder(parts.get(0));
    for (int i = 1; i <= placeholders; i++) {
      appendFormatted(sb, args.value(i));
      sb.append(parts.get(i));
    }
    return TextNode.valueOf(sb.toString());
  }

  /** Splits a template read from data at each {@code {}}; there are no escapes in data. */
  private static List<String> splitPlaceholders(String template) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = template.indexOf("{}", from)) >= 0) {
      parts.add(template.substring(from, at));
      from = at + 2;
    }
    parts.add(template.substring(from));
    return parts;
  }

  /**
   * Strings are inserted as they are; arrays and objects as AWS prints them (Java collection
   * style: {@code [a, b]}, {@code {k=v}}); other values as JSON text.
   */
  private static void appendFormatted(StringBuilder sb, JsonNode value) {
    if (value.isTextual()) {
      sb.append(value.textValue());
    } else if (value.isArray()) {
      sb.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        appendFormatted(sb, value.get(i));
      }
      sb.append(']');
    } else if (value.isObject()) {
      sb.append('{');
      boolean first = true;
      for (var field : value.properties()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append(field.getKey()).append('=');
        appendFormatted(sb, field.getValue());
      }
      sb.append('}');
    } else {
      sb.append(value.toString());
    }
  }

  private static JsonNode stringToJson(Args args) {
    String text = args.string(0);
    try {
      JsonNode parsed = MAPPER.readTree(text);
      if (parsed == null || parsed.isMissingNode()) {
        throw args.failure("the string is empty, not JSON text");
      }
      return parsed;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw args.failure("the string is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static JsonNode array(List<JsonNode> values) {
    ArrayNode array = NODES.arrayNode(values.size());
    array.addAll(values);
    return array;
  }

  private static JsonNode arrayPartition(Args args) {
    JsonNode array = args.array(0);
    long chunk = args.roundedInteger(1);
    if (chunk <= 0) {
      throw args.failure("the chunk size must be a positive integer, but is " + chunk);
    }
    ArrayNode chunks = NODES.arrayNode();
    ArrayNode current = null;
    for (int i = 0; i < array.size(); i++) {
      if (i % chunk == 0) {
        current = chunks.addArray();
      }
      current.add(array.get(i));
    }
    return chunks;
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (JsonTrees.equal(element, value)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode arrayRange(Args args) {
    long first = args.roundedInt32(0);
    long last = args.roundedInt32(1);
    long step = args.roundedInt32(2);
    if (step == 0) {
      throw args.failure("the step must not be 0");
    }
    // a step pointing away from the last value gives an empty range
    long count =
        (step > 0 && last < first) || (step < 0 && last > first) ? 0 : (last - first) / step + 1;
    if (count > MAX_RANGE_ITEMS) {
      throw args.failure(
          "the range would have " + count + " items; AWS allows at most " + MAX_RANGE_ITEMS);
    }
    ArrayNode range = NODES.arrayNode((int) count);
    for (long i = 0, v = first; i < count; i++, v += step) {
      range.add(number(v));
    }
    return range;
  }

  private static JsonNode arrayGetItem(Args args) {
    JsonNode array = args.array(0);
    long index = args.exactInteger(1);
    if (index < 0 || index >= array.size()) {
      throw args.failure(
          "the index " + index + " is out of range for an array of " + array.size() + " item(s)");
    }
    return array.get((int) index);
  }

  private static JsonNode arrayUnique(JsonNode array) {
    ArrayNode unique = NODES.arrayNode(array.size());
    Set<String> scalars = new HashSet<>();
    List<JsonNode> containers = new ArrayList<>();
    for (JsonNode element : array) {
      boolean fresh;
      if (element.isContainerNode()) {
        fresh = !containers.stream().anyMatch(c -> JsonTrees.equal(c, element));
        if (fresh) {
          containers.add(element);
        }
      } else {
        fresh = scalars.add(scalarKey(element));
      }
      if (fresh) {
        unique.add(element);
      }
    }
    return unique;
  }

  /** A key under which scalars that are equal JSON values (1 and 1.0) collide. */
  private static String scalarKey(JsonNode scalar) {
    if (scalar.isNumber()) {
      return "n" + scalar.decimalValue().stripTrailingZeros().toPlainString();
    }
    return scalar.getNodeType().name().charAt(0) + scalar.asText();
  }

  private static JsonNode base64Encode(Args args) {
    String text = args.limitedString(0);
    return TextNode.valueOf(
        Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode base64Decode(Args args) {
    String text = args.limitedString(0);
    try {
      return TextNode.valueOf(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw args.failure("the string is not valid Base64: " + e.getMessage());
    }
  }

  private static JsonNode hash(Args args) {
    String data = args.limitedString(0);
    String name = args.string(1);
    HashAlgorithm algorithm =
        HashAlgorithm.byAslName(name)
            .orElseThrow(
                () ->
                    args.failure(
                        "'"
                            + name
                            + "' is not a supported algorithm; use MD5, SHA-1, SHA-256, SHA-384"
                            + " or SHA-512"));
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm.aslName());
      return TextNode.valueOf(
          HexFormat.of().formatHex(digest.digest(data.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm.aslName(), e);
    }
  }

  private static JsonNode jsonMerge(Args args) {
    JsonNode first = args.object(0);
    JsonNode second = args.object(1);
    JsonNode deep = args.value(2);
    if (!deep.isBoolean()) {
      throw args.failure("argument 3 (isDeepMerge) must be a boolean, but is " + Args.type(deep));
    }
    if (deep.booleanValue()) {
      throw args.failure(
          "Step Functions only supports the shallow merging mode; pass false as argument 3");
    }
    ObjectNode merged = NODES.objectNode();
    merged.setAll((ObjectNode) first);
    merged.setAll((ObjectNode) second);
    return merged;
  }

  private JsonNode mathRandom(Args args) {
    long start = args.roundedInt32(0);
    long end = args.roundedInt32(1);
    if (start >= end) {
      throw args.failure(
          "the start (" + start + ") must be less than the end (" + end + "), which is exclusive");
    }
    if (args.size() == 3) {
      return number(new SplittableRandom(args.roundedInteger(2)).nextLong(start, end));
    }
    synchronized (random) {
      return number(random.nextLong(start, end));
    }
  }

  private static JsonNode mathAdd(Args args) {
    return number(args.roundedInt32(0) + args.roundedInt32(1));
  }

  private static JsonNode stringSplit(Args args) {
    String text = args.string(0);
    String delimiters = args.string(1);
    ArrayNode parts = NODES.arrayNode();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
        if (i > start) {
          parts.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }

  private String uuid() {
    return AwsJsonataFunctions.uuid(random);
  }

  private static JsonNode number(long value) {
    return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
  }
}
