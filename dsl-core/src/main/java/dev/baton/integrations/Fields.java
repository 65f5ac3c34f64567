package dev.baton.integrations;

import dev.baton.model.Template;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks and conversions shared by the integrations: request field names and values. */
final class Fields {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^{}]+}");
  private static final Pattern LOOKS_LIKE_PATH = Pattern.compile("^\\$(\\$)?([.\\[].*)?$|^\\$[A-Za-z_][A-Za-z0-9_]*([.\\[].*)?$");

  /** The HTTP methods API Gateway and the HTTP Task accept. */
  static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private Fields() {}

  /**
   * Converts a setter's value with {@link Template#of(Object)}, naming the field when the value is
   * null, of an unsupported type, or holds an object key written with {@code .$}.
   */
  static Template toTemplate(String field, Object value) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null; omit the field instead, or pass "
          + "com.fasterxml.jackson.databind.node.NullNode.getInstance() for a JSON null");
    }
    Template template;
    try {
      template = Template.of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
    checkKeys(field, template);
    return template;
  }

  /**
   * Refuses object keys that end with {@code .$}: a Path value gets its {@code .$} when written.
   */
  static void checkKeys(String where, Template template) {
    if (template instanceof Template.ObjectTemplate object) {
      for (Map.Entry<String, Template> entry : object.fields().entrySet()) {
        String key = entry.getKey();
        if (key.endsWith(".$")) {
          String bare = key.substring(0, key.length() - 2);
          throw new IllegalArgumentException(where + ": key '" + key + "' ends with .$; write it as '"
              + bare + "' and pass a Path (Path.of(\"$.x\")) or an Intrinsic as its value, Baton "
              + "writes the .$ itself");
        }
        checkKeys(where + "." + key, entry.getValue());
      }
    } else if (template instanceof Template.ArrayTemplate array) {
      // Template itself refuses a path standing alone in an array; only nested keys are left to check.
      for (int i = 0; i < array.items().size(); i++) {
        checkKeys(where + "[" + i + "]", array.items().get(i));
      }
    }
  }

  /**
   * Checks a request field name given by the caller: non-blank, without {@code .$}, and in
   * PascalCase as Step Functions writes AWS API fields.
   */
  static String requireFieldName(String name) {
    Objects.requireNonNull(name, "field name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a request field name must not be blank");
    }
    if (name.endsWith(".$")) {
      throw new IllegalArgumentException("field '" + name + "' ends with .$; write it as '"
          + name.substring(0, name.length() - 2) + "' and pass a Path or an Intrinsic as its value");
    }
    if (!Character.isUpperCase(name.charAt(0))) {
      throw new IllegalArgumentException("Step Functions writes AWS API request fields in PascalCase: '"
          + name + "' should be '" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "'");
    }
    return name;
  }

  /** Checks that a name or ARN given as plain text is non-blank and has no surrounding spaces. */
  static String requireText(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with spaces: '" + value + "'");
    }
    return value;
  }

  /**
   * Checks a required value: a blank literal string is refused; other values are converted as
   * {@link #toTemplate} does.
   */
  static Template requireValue(String field, Object value) {
    if (value instanceof String s) {
      requireText(field, s);
    }
    return toTemplate(field, value);
  }

  /** Whether {@code value} is a deploy-time placeholder such as {@code ${LambdaArn}}. */
  static boolean isPlaceholder(String value) {
    return PLACEHOLDER.matcher(value).matches();
  }

  /** Whether a literal string would be read by a human as a JSONPath ({@code $.x}, {@code $$.y}, {@code $var}). */
  static boolean looksLikePath(String value) {
    return LOOKS_LIKE_PATH.matcher(value).matches();
  }

  /** Refuses a literal string that is not one of {@code allowed}; paths and JSONata pass. */
  static void checkChoice(String field, Object value, List<String> allowed) {
    if (value instanceof String s && !allowed.contains(s)) {
      String hint = allowed.stream()
          .filter(a -> a.equalsIgnoreCase(s))
          .findFirst()
          .map(a -> " (did you mean '" + a + "'?)")
          .orElse("");
      throw new IllegalArgumentException(
          field + " must be one of " + String.join(", ", allowed) + ", not '" + s + "'" + hint);
    }
  }

  /** Refuses a literal that is not a whole number in {@code [min, max]}; paths and JSONata pass. */
  static void checkInteger(String field, Object value, long min, long max) {
    if (value instanceof String || value instanceof Boolean
        || value instanceof Double || value instanceof Float) {
      throw new IllegalArgumentException(field + " takes a whole number, not " + describe(value));
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      BigInteger number = new BigInteger(value.toString());
      if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
        String range = max >= Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
        throw new IllegalArgumentException(field + " must be " + range + ", not " + value);
      }
    }
  }

  /** Refuses a literal that is not a boolean; paths and JSONata pass. */
  static void checkBoolean(String field, Object value) {
    if (value instanceof String || value instanceof Number) {
      throw new IllegalArgumentException(field + " takes a boolean, not " + describe(value));
    }
  }

  /** Whether the template passes the task token: {@code $$.Task.Token} or {@code $states.context.Task.Token}. */
  static boolean containsTaskToken(Template template) {
    if (template instanceof Template.Dynamic dynamic) {
      return dynamic.text().contains("$$.Task.Token");
    }
    if (template instanceof Template.JsonataValue jsonata) {
      return jsonata.expression().expression().contains("$states.context.Task.Token");
    }
    if (template instanceof Template.ObjectTemplate object) {
      return object.fields().values().stream().anyMatch(Fields::containsTaskToken);
    }
    if (template instanceof Template.ArrayTemplate array) {
      return array.items().stream().anyMatch(Fields::containsTaskToken);
    }
    return false;
  }

  private static String describe(Object value) {
    return value instanceof String s ? "the string '" + s + "'" : value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + value;
  }
}
