package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Writes canonical JSON (the layout of {@link CanonicalJson}) as it goes, so the writer of a
 * definition prints straight from the model instead of building a tree first. Containers are
 * opened and closed explicitly; object members start with {@link #name}.
 */
final class CanonicalWriter {
  private final StringBuilder out;
  private boolean[] inArray = new boolean[32];
  private boolean[] empty = new boolean[32];
  private int depth;

  CanonicalWriter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** Starts an object member whose name is one of ASL's own field names, which never need escaping. */
  CanonicalWriter key(String aslField) {
    separate();
    out.append('"').append(aslField).append("\": ");
    return this;
  }

  /** Starts an object member with any name (a state's, a template field's), escaped as JSON requires. */
  CanonicalWriter name(String name) {
    separate();
    CanonicalJson.quote(name, out);
    out.append(": ");
    return this;
  }

  void beginObject() {
    open('{', false);
  }

  void endObject() {
    close('}');
  }

  void beginArray() {
    open('[', true);
  }

  void endArray() {
    close(']');
  }

  void string(String value) {
    beforeValue();
    CanonicalJson.quote(value, out);
  }

  void number(long value) {
    beforeValue();
    out.append(value);
  }

  /** A decimal as {@link CanonicalJson} prints it: integral values without a fraction, others in plain notation. */
  void number(BigDecimal value) {
    beforeValue();
    if (value.scale() <= 0) {
      try {
        out.append(value.longValueExact());
        return;
      } catch (ArithmeticException tooLarge) {
        // Printed in full below.
      }
    }
    out.append(value.toPlainString());
  }

  void bool(boolean value) {
    beforeValue();
    out.append(value);
  }

  void nullValue() {
    beforeValue();
    out.append("null");
  }

  /** A JSON value given as a tree (a literal Result or template), printed canonically at this depth. */
  void node(JsonNode value) {
    beforeValue();
    CanonicalJson.write(value, out, depth);
  }

  /** The text written, with the final newline. */
  String finish() {
    return out.append('\n').toString();
  }

  private void open(char bracket, boolean array) {
    beforeValue();
    out.append(bracket);
    depth++;
    if (depth == inArray.length) {
      inArray = java.util.Arrays.copyOf(inArray, depth * 2);
      empty = java.util.Arrays.copyOf(empty, depth * 2);
    }
    inArray[depth] = array;
    empty[depth] = true;
  }

  private void close(char bracket) {
    boolean wasEmpty = empty[depth];
    depth--;
    if (!wasEmpty) {
      out.append('\n');
      CanonicalJson.indent(out, depth);
    }
    out.append(bracket);
  }

  private void beforeValue() {
    // An object member's separator came with its name; an array element brings its own.
    if (depth > 0 && inArray[depth]) {
      separate();
    }
  }

  private void separate() {
    out.append(empty[depth] ? "\n" : ",\n");
    empty[depth] = false;
    CanonicalJson.indent(out, depth);
  }
}
