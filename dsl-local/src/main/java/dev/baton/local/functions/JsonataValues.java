package dev.baton.local.functions;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between Jackson trees and the Java values the dashjoin JSONata engine works on.
 *
 * <p>Into JSONata, objects and arrays are read-only <em>views</em> over the Jackson nodes, so an
 * expression that touches one field of a large input converts only that field; a view that comes
 * back out unchanged is returned as its original node. JSON {@code null} is {@link
 * Jsonata#NULL_VALUE}; Java {@code null} is JSONata's {@code undefined}. Out of JSONata, integral
 * numbers become integer nodes ({@code 3}, not {@code 3.0}), as JavaScript prints them.
 */
final class JsonataValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Doubles with a larger magnitude are printed as doubles: they are not exact integers. */
  private static final double MAX_SAFE_INTEGER = 9007199254740991d;

  private JsonataValues() {}

  /** Returns the JSONata value of a node: a view, a string, a number, a boolean or NULL_VALUE. */
  static Object toJsonata(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return new ObjectView(node);
      case ARRAY:
        return new ArrayView(node);
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NUMBER:
        if (node.isInt()) {
          return node.intValue();
        }
        if (node.isLong()) {
          return node.longValue();
        }
        return node.doubleValue();
      case NULL:
        return Jsonata.NULL_VALUE;
      default:
        return node.asText();
    }
  }

  /**
   * Returns the Jackson node of a JSONata value, or Java {@code null} for {@code undefined}.
   *
   * @throws IllegalArgumentException for values JSON cannot hold (functions, regexes, NaN)
   */
  static JsonNode toJson(Object value) {
    if (value == null) {
      return null;
    }
    if (value == Jsonata.NULL_VALUE) {
      return NullNode.getInstance();
    }
    if (value instanceof ObjectView view) {
      return view.node;
    }
    if (value instanceof ArrayView view) {
      return view.node;
    }
    if (value instanceof String s) {
      return TextNode.valueOf(s);
    }
    if (value instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    if (value instanceof Number n) {
      return number(n);
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        JsonNode v = toJson(e.getValue());
        if (v != null) {
          object.set(String.valueOf(e.getKey()), v);
        }
      }
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode(list.size());
      for (Object element : list) {
        JsonNode v = toJson(element);
        array.add(v == null ? NullNode.getInstance() : v);
      }
      return array;
    }
    throw new IllegalArgumentException(
        "the result contains a value JSON cannot hold (" + describe(value) + ")");
  }

  private static JsonNode number(Number n) {
    if (n instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (n instanceof Long l) {
      return l == (int) (long) l ? IntNode.valueOf((int) (long) l) : LongNode.valueOf(l);
    }
    if (n instanceof BigDecimal d) {
      return DecimalNode.valueOf(d);
    }
    if (n instanceof BigInteger b) {
      return DecimalNode.valueOf(new BigDecimal(b));
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("the number " + d + " cannot be written as JSON");
    }
    if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER) {
      long l = (long) d;
      return l == (int) l ? IntNode.valueOf((int) l) : LongNode.valueOf(l);
    }
    return DoubleNode.valueOf(d);
  }

  private static String describe(Object value) {
    String name = value.getClass().getSimpleName();
    return name.contains("Symbol") || name.contains("Function") || name.contains("Lambda")
        ? "a function"
        : name;
  }

  /** A read-only map over an object node; values are converted when read. */
  static final class ObjectView extends AbstractMap<String, Object> {
    private final JsonNode node;

    ObjectView(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object get(Object key) {
      return key instanceof String s ? toJsonata(node.get(s)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String s && node.has(s);
    }

    @Override
    public int size() {
      return node.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Object>> iterator() {
          Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return fields.hasNext();
            }

            @Override
            public Entry<String, Object> next() {
              Map.Entry<String, JsonNode> field = fields.next();
              return new SimpleImmutableEntry<>(field.getKey(), toJsonata(field.getValue()));
            }
          };
        }

        @Override
        public int size() {
          return node.size();
        }
      };
    }
  }

  /** A read-only list over an array node; elements are converted when read. */
  static final class ArrayView extends AbstractList<Object> {
    private final JsonNode node;

    ArrayView(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object get(int index) {
      return toJsonata(node.get(index));
    }

    @Override
    public int size() {
      return node.size();
    }
  }
}
