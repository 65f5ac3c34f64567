package dev.baton.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints a JSON tree the one way Baton writes JSON: two-space indentation, {@code "key": value},
 * one member or element per line, {@code {}} and {@code []} when empty, plain decimal numbers, and
 * a final newline. The same tree always gives the same bytes, so generated files diff cleanly.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** Indentation strings by depth, so each line costs one append. */
  private static final String[] INDENTS = new String[32];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = "  ".repeat(i);
    }
  }

  /** The canonical text of {@code node}. */
  public static String print(JsonNode node) {
    // Definitions run to hundreds of kilobytes; starting big avoids most of the copying as it grows.
    StringBuilder out = new StringBuilder(node.size() < 64 ? 8192 : 1 << 16);
    write(node, out, 0);
    return out.append('\n').toString();
  }

  static void write(JsonNode node, StringBuilder out, int depth) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      boolean first = true;
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append(first ? "\n" : ",\n");
        first = false;
        indent(out, depth + 1);
        quote(field.getKey(), out);
        out.append(": ");
        write(field.getValue(), out, depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n");
        indent(out, depth + 1);
        write(node.get(i), out, depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
    } else if (node.isTextual()) {
      quote(node.textValue(), out);
    } else if (node.isBigDecimal()) {
      out.append(node.decimalValue().toPlainString());
    } else {
      out.append(node.asText());
    }
  }

  static void quote(String text, StringBuilder out) {
    out.append('"');
    if (needsEscaping(text)) {
      JsonStringEncoder.getInstance().quoteAsString(text, out);
    } else {
      out.append(text);
    }
    out.append('"');
  }

  /** Most names and values need no escaping; they are then appended in one call. */
  private static boolean needsEscaping(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
        return true;
      }
    }
    return false;
  }

  static void indent(StringBuilder out, int depth) {
    if (depth < INDENTS.length) {
      out.append(INDENTS[depth]);
    } else {
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }
}
