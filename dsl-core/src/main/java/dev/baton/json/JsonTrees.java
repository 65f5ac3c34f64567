package dev.baton.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/** Compares JSON trees the way ASL means them: member order ignored, numbers by value ({@code 2} equals {@code 2.0}). */
public final class JsonTrees {
  private JsonTrees() {}

  /**
   * The integer at the parser's current {@code VALUE_NUMBER_INT} token, as the smallest exact node
   * (int, long, or big integer): how both the JSON and the YAML reader keep integers exact.
   */
  public static JsonNode integer(JsonParser parser) throws IOException {
    switch (parser.getNumberType()) {
      case INT:
        return AslWriter.NODES.numberNode(parser.getIntValue());
      case LONG:
        return AslWriter.NODES.numberNode(parser.getLongValue());
      default:
        return AslWriter.NODES.numberNode(parser.getBigIntegerValue());
    }
  }

  /** Whether {@code a} and {@code b} are the same JSON value. */
  public static boolean equal(JsonNode a, JsonNode b) {
    return firstDifference(a, b, "") == null;
  }

  /** The JSON pointer of the first place where {@code a} and {@code b} differ, or {@code null} when they are equal. */
  public static String firstDifference(JsonNode a, JsonNode b, String pointer) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0 ? null : pointer;
    }
    if (a.getNodeType() != b.getNodeType()) {
      return pointer;
    }
    if (a.isObject()) {
      if (a.size() != b.size()) {
        Iterator<String> names = a.size() > b.size() ? a.fieldNames() : b.fieldNames();
        JsonNode other = a.size() > b.size() ? b : a;
        while (names.hasNext()) {
          String name = names.next();
          if (!other.has(name)) {
            return JsonPointers.child(pointer, name);
          }
        }
        return pointer;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode other = b.get(field.getKey());
        String child = JsonPointers.child(pointer, field.getKey());
        if (other == null) {
          return child;
        }
        String difference = firstDifference(field.getValue(), other, child);
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (a.isArray()) {
      if (a.size() != b.size()) {
        return pointer;
      }
      for (int i = 0; i < a.size(); i++) {
        String difference = firstDifference(a.get(i), b.get(i), JsonPointers.child(pointer, i));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    return a.equals(b) ? null : pointer;
  }
}
