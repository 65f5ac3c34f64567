package dev.baton.expr;

import com.dashjoin.jsonata.JException;
import java.util.regex.PatternSyntaxException;

/** Turns dashjoin JSONata parser errors into precise positions, problems and hints. */
final class JsonataErrors {

  private JsonataErrors() {}

  /**
   * Returns the offset of the problem in the parsed expression. dashjoin reports the offset just
   * after the offending token, so when that token is known the offset of its start is returned.
   */
  static int position(JException e, String expression) {
    int location = e.getLocation();
    // the token is a String for names, a Character for operators and a number for literals
    String token = e.getCurrent() == null ? "" : String.valueOf(e.getCurrent());
    if (!token.isEmpty()) {
      int start = location - token.length();
      if (start >= 0 && expression.startsWith(token, start)) {
        return start;
      }
    }
    return Math.max(0, Math.min(location, expression.length()));
  }

  static String problem(JException e) {
    String message = e.getMessage();
    String code = e.getError();
    if (message == null || message.isBlank()) {
      message = "syntax error";
    }
    return code == null ? message : message + " (" + code + ")";
  }

  static String hint(JException e) {
    String code = e.getError() == null ? "" : e.getError();
    String current = String.valueOf(e.getCurrent());
    return switch (code) {
      case "S0101" -> "close the string with a matching quote";
      case "S0102" -> "the number is too large; use a smaller one";
      case "S0103", "S0104" -> "fix the escape sequence; \\u needs 4 hex digits";
      case "S0105" -> "close the quoted name with a backquote (`)";
      case "S0106" -> "close the comment with */";
      case "S0201" ->
          ";".equals(current)
              ? "wrap several expressions in parentheses: ( $a := 1; $a + 1 )"
              : "check the operator or missing operator before this token";
      case "S0202", "S0203" -> "add the missing bracket, parenthesis or separator";
      case "S0207" -> "complete the expression after the last operator";
      case "S0211" -> "remove this symbol or put an operand before it";
      case "S0217" -> "the parent operator % cannot be used here";
      case "S0302" -> "close the regular expression with /";
      default -> "check the JSONata syntax at this position";
    };
  }

  /** A best guess at the cause of a failure that dashjoin did not report as a JException. */
  record Guess(String problem, int position, String hint) {}

  static Guess guess(RuntimeException e, String expression) {
    if (e instanceof PatternSyntaxException p) {
      // the regular expression literal is compiled while parsing
      int at = p.getPattern() == null ? -1 : expression.indexOf("/" + p.getPattern() + "/");
      return new Guess(
          "invalid regular expression: " + p.getDescription(),
          at < 0 ? -1 : at + 1 + Math.max(0, p.getIndex()),
          "fix the regular expression; JSONata uses Java regular expression syntax here");
    }
    int open = expression.lastIndexOf("/*");
    if (open >= 0 && expression.indexOf("*/", open + 2) < 0) {
      return new Guess("unterminated comment", open, "close the comment with */");
    }
    return new Guess(
        "the expression could not be parsed (" + e.getClass().getSimpleName() + " in the parser)",
        -1,
        "check the JSONata syntax, e.g. a '#' or '@' needs a $variable after it");
  }
}
