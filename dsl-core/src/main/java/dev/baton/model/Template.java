package dev.baton.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value that may contain expressions: an ASL Payload Template ({@code Parameters},
 * {@code ResultSelector}, {@code ItemSelector}, JSONPath {@code Assign}) or a JSONata value
 * ({@code Arguments}, {@code Output}, JSONata {@code Assign}).
 *
 * <p>A {@link Dynamic} value (a {@link Path} or an {@link Intrinsic}) is written under the field
 * name with {@code .$} appended, so a path can never be written as a literal string by mistake. A
 * {@link JsonataValue} is written as its {@code {% ... %}} string. Objects keep insertion order.
 */
public sealed interface Template
    permits Template.Literal, Template.ObjectTemplate, Template.ArrayTemplate, Template.Dynamic,
        Template.JsonataValue {

  /** A JSON scalar: a string, number, boolean or null. */
  record Literal(JsonNode value) implements Template {
    /** Creates a literal; the value must be a JSON scalar. */
    public Literal {
      Objects.requireNonNull(value, "value");
      if (value.isContainerNode() || value.isMissingNode()) {
        throw new IllegalArgumentException(
            "a Literal holds a JSON scalar; use ObjectTemplate or ArrayTemplate for " + value.getNodeType());
      }
    }
  }

  /** A JSON object whose values are templates; field names are written without {@code .$}. */
  record ObjectTemplate(Map<String, Template> fields) implements Template {
    /** Creates an object template, copying the fields in their order. */
    public ObjectTemplate {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /**
   * A JSON array of templates. In a payload template an array element cannot be a path or an
   * intrinsic itself (only object fields have {@code .$} keys): use {@code States.Array(...)}, or an
   * object element holding the path.
   */
  record ArrayTemplate(List<Template> items) implements Template {
    /** Creates an array template, copying the items. */
    public ArrayTemplate {
      items = List.copyOf(items);
      for (Template item : items) {
        if (item instanceof Dynamic dynamic) {
          throw new IllegalArgumentException("the path or intrinsic '" + dynamic.text()
              + "' cannot be an array element: ASL only evaluates fields whose key ends in .$;"
              + " use States.Array(...) for the whole array, or put the path in an object field");
        }
      }
    }
  }

  /** A JSONPath path or intrinsic function, written under a {@code name.$} key. */
  record Dynamic(dev.baton.expr.IntrinsicArg expression) implements Template {
    /** Creates a dynamic value; the expression must be a {@link Path} or an {@link Intrinsic}. */
    public Dynamic {
      Objects.requireNonNull(expression, "expression");
      if (!(expression instanceof Path) && !(expression instanceof Intrinsic)) {
        throw new IllegalArgumentException("a dynamic value is a Path or an Intrinsic, not " + expression);
      }
    }

    /** The text written as the value of the {@code .$} key. */
    public String text() {
      return expression instanceof Path p ? p.text() : ((Intrinsic) expression).text();
    }
  }

  /** A JSONata expression, written as its {@code {% ... %}} string. */
  record JsonataValue(Jsonata expression) implements Template {
    /** Creates a JSONata value. */
    public JsonataValue {
      Objects.requireNonNull(expression, "expression");
    }
  }

  /** An empty object template ({@code {}}). */
  static ObjectTemplate emptyObject() {
    return new ObjectTemplate(Map.of());
  }

  /**
   * Converts a Java value into a template: {@code null}, strings, numbers and booleans become
   * literals, except a {@code "{% ... %}"} string, which becomes a checked {@link JsonataValue}; {@link Path} and {@link Intrinsic} become {@link Dynamic}; {@link Jsonata} becomes
   * {@link JsonataValue}; maps (with string keys) and lists recurse, where a {@link LinkedHashMap}
   * or {@link java.util.SortedMap} keeps its order and any other map (such as {@code Map.of}) is
   * written with its keys sorted, so the output is the same on every run; a {@link JsonNode} is copied;
   * a {@link Template} is returned as it is.
   *
   * @throws IllegalArgumentException for any other type, naming it
   */
  static Template of(Object value) {
    if (value == null) {
      return new Literal(JsonNodeFactory.instance.nullNode());
    }
    if (value instanceof Template template) {
      return template;
    }
    if (value instanceof Path || value instanceof Intrinsic) {
      return new Dynamic((dev.baton.expr.IntrinsicArg) value);
    }
    if (value instanceof Jsonata jsonata) {
      return new JsonataValue(jsonata);
    }
    if (value instanceof String s) {
      // A {% %} string is what a JSONata state evaluates; keep it typed so it is checked now.
      return Jsonata.isTemplate(s)
          ? new JsonataValue(Jsonata.parseTemplate(s))
          : new Literal(JsonNodeFactory.instance.textNode(s));
    }
    if (value instanceof Boolean b) {
      return new Literal(JsonNodeFactory.instance.booleanNode(b));
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return new Literal(integer(((Number) value).longValue()));
    }
    if (value instanceof BigInteger big) {
      return new Literal(JsonNodeFactory.instance.numberNode(big));
    }
    if (value instanceof BigDecimal decimal) {
      return new Literal(JsonNodeFactory.instance.numberNode(decimal));
    }
    if (value instanceof Double || value instanceof Float) {
      return new Literal(JsonNodeFactory.instance.numberNode(((Number) value).doubleValue()));
    }
    if (value instanceof JsonNode node) {
      return fromJson(node);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Template> fields = new LinkedHashMap<>();
      // Map.of and HashMap iterate in an order that can change from one run to the next; sort
      // their keys so the written JSON is the same every time. Ordered maps keep their order.
      Iterable<? extends Map.Entry<?, ?>> entries = map.size() < 2 || map instanceof LinkedHashMap
          || map instanceof java.util.SortedMap ? map.entrySet() : sortedEntries(map);
      for (Map.Entry<?, ?> entry : entries) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException("template object keys must be strings, got " + entry.getKey());
        }
        fields.put(key, of(entry.getValue()));
      }
      return new ObjectTemplate(fields);
    }
    if (value instanceof List<?> list) {
      List<Template> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(of(item));
      }
      return new ArrayTemplate(items);
    }
    throw new IllegalArgumentException(
        "cannot use a " + value.getClass().getName()
            + " in a template: use a String, number, Boolean, null, Path, Intrinsic, Jsonata, Map, List or JsonNode");
  }

  /** An int node when the value fits, as the JSON reader makes: equal models compare equal. */
  static JsonNode integer(long value) {
    return value == (int) value ? JsonNodeFactory.instance.numberNode((int) value)
        : JsonNodeFactory.instance.numberNode(value);
  }

  private static List<Map.Entry<?, ?>> sortedEntries(Map<?, ?> map) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
    return entries;
  }

  /** Converts plain JSON (no expressions) into a template of literals. */
  static Template fromJson(JsonNode node) {
    if (node.isObject()) {
      Map<String, Template> fields = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> fields.put(e.getKey(), fromJson(e.getValue())));
      return new ObjectTemplate(fields);
    }
    if (node.isArray()) {
      List<Template> items = new ArrayList<>(node.size());
      node.forEach(item -> items.add(fromJson(item)));
      return new ArrayTemplate(items);
    }
    return new Literal(node.deepCopy());
  }
}
