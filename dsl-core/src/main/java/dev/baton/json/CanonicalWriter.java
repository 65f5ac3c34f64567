package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes canonical JSON (the layout of {@link CanonicalJson}) as it goes, so the writer of a
 * definition prints straight from the model instead of building a tree first. Containers are
 * opened and closed explicitly; object members start with {@link #name}.
 *
 * <p>Definitions are nearly always ASCII, so the text goes into a byte array, one byte per
 * character (ISO-8859-1, which is what a {@link String} holds for such text anyway), copied and
 * checked for escaping in one pass. That is about twice as fast as a {@link StringBuilder}, whose
 * every append checks capacity and encoding again. The first character above U+00FF moves
 * everything written so far, and all that follows, into a {@code StringBuilder}.
 */
final class CanonicalWriter {
  /** A line break and the indentation of each depth, before the first member or element and after a comma. */
  private static final String[] FIRST = new String[32];
  private static final String[] NEXT = new String[32];

  static {
    for (int i = 0; i < FIRST.length; i++) {
      FIRST[i] = "\n" + "  ".repeat(i);
      NEXT[i] = ",\n" + "  ".repeat(i);
    }
  }

  private byte[] buffer;
  private int length;
  /** Everything written, once a character above U+00FF came; null before. */
  private StringBuilder wide;
  /** False once a text that is not plain ASCII was written. */
  private boolean ascii = true;
  private boolean[] inArray = new boolean[32];
  private boolean[] empty = new boolean[32];
  private int depth;

  CanonicalWriter(int capacity) {
    this.buffer = new byte[capacity];
  }

  /** Starts an object member whose name is one of ASL's own field names, which never need escaping. */
  CanonicalWriter key(String aslField) {
    separate();
    if (wide != null) {
      wide.append('"').append(aslField).append("\": ");
      return this;
    }
    int n = aslField.length();
    ensure(n + 4);
    buffer[length++] = '"';
    copy(aslField, n);
    buffer[length++] = '"';
    buffer[length++] = ':';
    buffer[length++] = ' ';
    return this;
  }

  /** Starts an object member with any name (a state's, a template field's), escaped as JSON requires. */
  CanonicalWriter name(String name) {
    separate();
    quote(name);
    ascii(": ");
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
    quote(value);
  }

  void number(long value) {
    beforeValue();
    if (wide != null) {
      wide.append(value);
      return;
    }
    if (value == Long.MIN_VALUE) {
      ascii(Long.toString(value));
      return;
    }
    ensure(20);
    if (value < 0) {
      buffer[length++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += digits;
  }

  /** A decimal as {@link CanonicalJson} prints it: integral values without a fraction, others in plain notation. */
  void number(BigDecimal value) {
    if (value.scale() <= 0) {
      try {
        number(value.longValueExact());
        return;
      } catch (ArithmeticException tooLarge) {
        // Printed in full below.
      }
    }
    beforeValue();
    ascii(value.toPlainString());
  }

  void bool(boolean value) {
    beforeValue();
    ascii(value ? "true" : "false");
  }

  void nullValue() {
    beforeValue();
    ascii("null");
  }

  /** A JSON value given as a tree (a literal Result or template), printed as {@link CanonicalJson} prints it. */
  void node(JsonNode value) {
    if (value.isObject()) {
      beginObject();
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        name(field.getKey());
        node(field.getValue());
      }
      endObject();
    } else if (value.isArray()) {
      beginArray();
      for (JsonNode item : value) {
        node(item);
      }
      endArray();
    } else if (value.isTextual()) {
      string(value.textValue());
    } else {
      beforeValue();
      if (value.isBigDecimal()) {
        ascii(value.decimalValue().toPlainString());
      } else if (value.isNumber() || value.isBoolean() || value.isNull()) {
        ascii(value.asText());
      } else {
        text(value.asText()); // a POJO or binary node: any text
      }
    }
  }

  /** The text written, with the final newline. */
  String finish() {
    ascii("\n");
    return wide != null ? wide.toString() : new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * Whether everything written is ASCII, so that its UTF-8 size is its length. Conservative: any
   * text that needed escaping counts as possibly not ASCII.
   */
  boolean isAscii() {
    return ascii;
  }

  private void open(char bracket, boolean array) {
    beforeValue();
    ascii(bracket);
    depth++;
    if (depth == inArray.length) {
      inArray = Arrays.copyOf(inArray, depth * 2);
      empty = Arrays.copyOf(empty, depth * 2);
    }
    inArray[depth] = array;
    empty[depth] = true;
  }

  private void close(char bracket) {
    boolean wasEmpty = empty[depth];
    depth--;
    if (!wasEmpty) {
      ascii(depth < FIRST.length ? FIRST[depth] : "\n" + "  ".repeat(depth));
    }
    ascii(bracket);
  }

  private void beforeValue() {
    // An object member's separator came with its name; an array element brings its own.
    if (depth > 0 && inArray[depth]) {
      separate();
    }
  }

  private void separate() {
    boolean first = empty[depth];
    empty[depth] = false;
    if (depth < FIRST.length) {
      ascii(first ? FIRST[depth] : NEXT[depth]);
    } else {
      ascii((first ? "\n" : ",\n") + "  ".repeat(depth));
    }
  }

  /** A string in quotes; one pass copies it and finds whether it needs escaping, which almost none does. */
  private void quote(String text) {
    if (wide != null) {
      ascii = false;
      CanonicalJson.quote(text, wide);
      return;
    }
    int n = text.length();
    ensure(n + 2);
    byte[] b = buffer;
    int at = length;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
        ascii = false;
        StringBuilder escaped = new StringBuilder(n + 16);
        CanonicalJson.quote(text, escaped);
        text(escaped);
        return;
      }
      b[at++] = (byte) c;
    }
    b[at++] = '"';
    length = at;
  }

  /** Text of ASCII characters only (punctuation, indentation, ASL field names, numbers). */
  private void ascii(String text) {
    if (wide != null) {
      wide.append(text);
      return;
    }
    int n = text.length();
    ensure(n);
    copy(text, n);
  }

  private void ascii(char c) {
    if (wide != null) {
      wide.append(c);
      return;
    }
    ensure(1);
    buffer[length++] = (byte) c;
  }

  /** Any text: kept as bytes while every character fits in one, else moved to {@link #wide} with all that follows. */
  private void text(CharSequence text) {
    ascii = false;
    if (wide != null) {
      wide.append(text);
      return;
    }
    int n = text.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        wide = new StringBuilder(buffer.length + n).append(new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
        wide.append(text, i, n);
        buffer = null;
        return;
      }
      buffer[length++] = (byte) c;
    }
  }

  /** Copies the low byte of each of the first {@code n} characters; callers ensured room and that they fit. */
  @SuppressWarnings("deprecation")
  private void copy(String text, int n) {
    // String.getBytes(int, int, byte[], int) keeps the low byte of each char: a plain array copy for
    // the ASCII text it is given here.
    text.getBytes(0, n, buffer, length);
    length += n;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
