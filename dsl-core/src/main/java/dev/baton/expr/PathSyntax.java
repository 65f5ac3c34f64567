package dev.baton.expr;

/**
 * Character classes and quoting rules shared by the JSONPath parser and the code that writes
 * paths back as text.
 */
final class PathSyntax {

  private PathSyntax() {}

  /** Returns whether {@code c} may start an identifier ({@code [A-Za-z_]}). */
  static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /** Returns whether {@code c} may continue an identifier ({@code [A-Za-z0-9_]}). */
  static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
  }

  /** Returns whether {@code s} is a plain identifier, {@code [A-Za-z_][A-Za-z0-9_]*}. */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !isIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code c} may appear in a dot-notation field name of a standalone path.
   *
   * <p>Jayway-style JSONPath (which Step Functions follows) accepts most characters after a dot,
   * such as {@code $.order-id}; only characters that have a meaning in the path syntax end the
   * name.
   */
  static boolean isLenientNamePart(char c) {
    switch (c) {
      case '.', '[', ']', '(', ')', '\'', '"', ',', '*', '?', '@', '$', '\\' -> {
        return false;
      }
      default -> {
        return c > ' ' && c != 0x7f && !Character.isWhitespace(c);
      }
    }
  }

  /**
   * Returns whether {@code c} may appear in a dot-notation field name inside an intrinsic
   * function, where AWS requires the JSONPath {@code member-name-shorthand}: letters, digits,
   * {@code _} and non-ASCII characters.
   */
  static boolean isShorthandNamePart(char c) {
    return isIdentifierPart(c) || (c >= 0x80 && !Character.isWhitespace(c));
  }

  /**
   * Writes {@code name} as a single-quoted JSONPath string, escaping what the parser unescapes.
   */
  static void appendQuoted(StringBuilder sb, String name) {
    sb.append('\'');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\'' -> sb.append("\\'");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < ' ') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('\'');
  }

  /** Appends {@code name} as a path segment: {@code .name} or {@code ['na me']}. */
  static void appendField(StringBuilder sb, String name) {
    if (isIdentifier(name)) {
      sb.append('.').append(name);
    } else {
      sb.append('[');
      appendQuoted(sb, name);
      sb.append(']');
    }
  }
}
