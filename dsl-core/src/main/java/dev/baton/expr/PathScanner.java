package dev.baton.expr;

/**
 * The low-level readers of the JSONPath parser: integers, quoted names with escapes and filter
 * conditions. Each reader starts at {@link #pos} and leaves it just after what it read, so the
 * whole path is read in one forward pass.
 */
abstract class PathScanner {

  final String src;
  final int length;
  int pos;

  PathScanner(String src, int start) {
    this.src = src;
    this.length = src.length();
    this.pos = start;
  }

  boolean startsInteger() {
    if (pos >= length) {
      return false;
    }
    char c = src.charAt(pos);
    return c == '-' || (c >= '0' && c <= '9');
  }

  int readInteger() {
    int start = pos;
    boolean negative = src.charAt(pos) == '-';
    if (negative) {
      pos++;
    }
    if (pos == length || src.charAt(pos) < '0' || src.charAt(pos) > '9') {
      fail("expected a digit", pos, "an array index is an integer such as 0 or -1");
    }
    long value = 0;
    while (pos < length && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') {
      value = value * 10 + (src.charAt(pos) - '0');
      if (value > (long) Integer.MAX_VALUE + 1) {
        fail("the index is too large", start, "array indices must fit in a 32-bit integer");
      }
      pos++;
    }
    if (!negative && value > Integer.MAX_VALUE) {
      fail("the index is too large", start, "array indices must fit in a 32-bit integer");
    }
    return (int) (negative ? -value : value);
  }

  /** Reads a quoted name starting at the quote; only names with escapes use a builder. */
  String readQuoted() {
    char quote = src.charAt(pos);
    int open = pos++;
    int runStart = pos;
    StringBuilder sb = null;
    while (pos < length) {
      char c = src.charAt(pos);
      if (c == quote) {
        String name =
            sb == null ? src.substring(runStart, pos) : sb.append(src, runStart, pos).toString();
        pos++;
        return name;
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(src, runStart, pos);
        pos++;
        if (pos == length) {
          break;
        }
        sb.append(unescape(src.charAt(pos)));
        pos++;
        runStart = pos;
      } else {
        pos++;
      }
    }
    throw new ExpressionException(
        "unterminated quoted name", src, open, "close the name with a matching " + quote);
  }

  private char unescape(char e) {
    switch (e) {
      case '\'', '"', '\\', '/' -> {
        return e;
      }
      case 'b' -> {
        return '\b';
      }
      case 'f' -> {
        return '\f';
      }
      case 'n' -> {
        return '\n';
      }
      case 'r' -> {
        return '\r';
      }
      case 't' -> {
        return '\t';
      }
      case 'u' -> {
        if (pos + 4 < length) {
          int value = 0;
          for (int i = 1; i <= 4; i++) {
            int digit = Character.digit(src.charAt(pos + i), 16);
            if (digit < 0) {
              value = -1;
              break;
            }
            value = value * 16 + digit;
          }
          if (value >= 0) {
            pos += 4;
            return (char) value;
          }
        }
        fail("'\\u' must be followed by 4 hex digits", pos - 1, "write e.g. \\u00e9");
        return 0;
      }
      default -> {
        fail(
            "unsupported escape '\\" + e + "' in a quoted name",
            pos - 1,
            "escape a quote as \\' and a backslash as \\\\");
        return 0;
      }
    }
  }

  /**
   * Reads a filter condition from its opening {@code (} to the matching {@code )}, checking that
   * parentheses, brackets, quotes and regular expressions are closed; nothing is evaluated.
   */
  String readFilter() {
    int open = pos++;
    int conditionStart = pos;
    int parens = 1;
    int brackets = 0;
    while (pos < length) {
      char c = src.charAt(pos);
      switch (c) {
        case '\'', '"' -> skipQuoted(c, "string in the filter");
        case '/' -> {
          if (followsRegexOperator()) {
            skipQuoted('/', "regular expression in the filter");
          }
        }
        case '(' -> parens++;
        case '[' -> brackets++;
        case ']' -> {
          if (brackets == 0) {
            fail(
                "unexpected ']' inside the filter",
                pos,
                "close the filter opened at position " + open + " with ')' before ']'");
          }
          brackets--;
        }
        case ')' -> {
          parens--;
          if (parens == 0) {
            if (brackets != 0) {
              fail("a '[' inside the filter is never closed", pos, "add the missing ']'");
            }
            String condition = src.substring(conditionStart, pos);
            if (condition.isBlank()) {
              fail("the filter is empty", open, "write a condition, e.g. [?(@.price < 10)]");
            }
            pos++;
            return condition;
          }
        }
        default -> {
          // any other character is part of the condition
        }
      }
      pos++;
    }
    throw new ExpressionException(
        "the filter is never closed", src, open, "add the missing ')' and ']', e.g. [?(@.a > 1)]");
  }

  /** Moves to the closing delimiter of a string or regular expression, honouring escapes. */
  private void skipQuoted(char quote, String what) {
    int open = pos++;
    while (pos < length) {
      char c = src.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == quote) {
        return;
      }
      pos++;
    }
    throw new ExpressionException(
        "unterminated " + what, src, open, "close it with a matching " + quote);
  }

  /** Returns whether the {@code /} at {@code pos} starts a regular expression after {@code =~}. */
  private boolean followsRegexOperator() {
    int i = pos - 1;
    while (i > 0 && src.charAt(i) == ' ') {
      i--;
    }
    return i > 0 && src.charAt(i) == '~' && src.charAt(i - 1) == '=';
  }

  void skipWhitespace() {
    while (pos < length && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
      pos++;
    }
  }

  void fail(String problem, int position, String hint) {
    throw new ExpressionException(problem, src, position, hint);
  }

  /** Describes a character for a message, showing invisible ones by code point. */
  static String describe(char c) {
    if (c == ' ') {
      return "' ' (space)";
    }
    if (c < ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
