package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Payload sizes without serialising: AWS limits a state's input and output to 256 KiB of UTF-8
 * JSON. The size is computed by walking the tree and stops as soon as it is over the limit, so a
 * small payload costs a few additions. Internal API.
 */
public final class Payloads {

  /** 256 KiB: AWS's limit for a state's input or output, an execution input or a task result. */
  public static final int MAX_BYTES = 256 * 1024;

  private Payloads() {}

  /** Whether the compact JSON text of the node is over {@link #MAX_BYTES} bytes. */
  public static boolean exceedsLimit(JsonNode node) {
    return size(node, MAX_BYTES + 1) > MAX_BYTES;
  }

  /** The compact JSON size in UTF-8 bytes, or a value over {@code cap} once it is over it. */
  public static long size(JsonNode node, long cap) {
    switch (node.getNodeType()) {
      case OBJECT: {
        long total = 2;
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        boolean first = true;
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          total += (first ? 0 : 1) + stringSize(e.getKey()) + 1 + size(e.getValue(), cap - total);
          first = false;
          if (total > cap) {
            return total;
          }
        }
        return total;
      }
      case ARRAY: {
        long total = 2 + Math.max(0, node.size() - 1);
        for (JsonNode item : node) {
          total += size(item, cap - total);
          if (total > cap) {
            return total;
          }
        }
        return total;
      }
      case STRING:
        return stringSize(node.textValue());
      case NUMBER:
        return node.isIntegralNumber() && node.canConvertToLong()
            ? Long.toString(node.longValue()).length()
            : node.numberValue().toString().length();
      case BOOLEAN:
        return node.booleanValue() ? 4 : 5;
      default:
        return 4;
    }
  }

  private static long stringSize(String s) {
    long bytes = 2;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        bytes += 6;
      } else if (c == '"' || c == '\\') {
        bytes += 2;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** A short preview of a payload for error messages. */
  public static String preview(JsonNode node) {
    if (node == null) {
      return "null";
    }
    String text = Json.write(node);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
