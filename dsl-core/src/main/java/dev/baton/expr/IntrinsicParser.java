package dev.baton.expr;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A hand-written recursive-descent parser for intrinsic function calls.
 *
 * <p>Recursion is bounded by the AWS nesting limit of {@value Intrinsic#MAX_NESTING}, so hostile
 * input cannot overflow the stack; every other loop moves forward through the text.
 */
final class IntrinsicParser {

  private static final String ARGUMENT_HINT =
      "an argument is a string in single quotes, a number, true, false, null, a path starting"
          + " with $ or a call such as States.UUID()";

  private final String src;
  private final int length;
  private int pos;
  /** The parts of the last template string read, set when a template was requested. */
  private List<String> lastTemplateParts;

  private IntrinsicParser(String src) {
    this.src = src;
    this.length = src.length();
  }

  static Intrinsic parse(String text) {
    if (text == null) {
      throw new ExpressionException(
          "the intrinsic function text is null",
          null,
          -1,
          "pass a call such as States.Format('Hello, {}', $.name)");
    }
    if (text.isEmpty()) {
      throw new ExpressionException(
          "the intrinsic function text is empty",
          text,
          0,
          "write a call such as States.Format('Hello, {}', $.name)");
    }
    char first = text.charAt(0);
    if (first == '$') {
      throw new ExpressionException(
          "this is a path, not an intrinsic function call",
          text,
          0,
          "use Path.of for paths; intrinsic calls look like States.ArrayLength($.items)");
    }
    if (Character.isWhitespace(first)) {
      throw new ExpressionException(
          "unexpected whitespace before the function name",
          text,
          0,
          "remove the leading whitespace");
    }
    if (text.startsWith("{%")) {
      throw new ExpressionException(
          "this is a JSONata expression, not an intrinsic function call",
          text,
          0,
          "use Jsonata.parseTemplate for {% ... %} expressions");
    }
    IntrinsicParser parser = new IntrinsicParser(text);
    Intrinsic call = parser.parseCall(1);
    if (parser.pos < parser.length) {
      char c = text.charAt(parser.pos);
      parser.fail(
          "unexpected " + PathScanner.describe(c) + " after the end of the call",
          parser.pos,
          Character.isWhitespace(c)
              ? "remove the trailing whitespace"
              : "a field holds exactly one call; nest calls as arguments instead");
    }
    return call;
  }

  private Intrinsic parseCall(int nesting) {
    int nameStart = pos;
    skipName();
    String name = src.substring(nameStart, pos);
    if (name.isEmpty()) {
      fail(
          "expected an intrinsic function name but found " + PathScanner.describe(src.charAt(pos)),
          pos,
          "a call looks like States.Format('Hello, {}', $.name)");
    }
    IntrinsicFunction function =
        IntrinsicFunction.byName(name).orElseThrow(() -> unknownFunction(name, nameStart));
    if (pos == length || src.charAt(pos) != '(') {
      fail(
          "expected '(' after " + name,
          pos,
          pos < length && Character.isWhitespace(src.charAt(pos))
              ? "remove the space between the function name and '('"
              : "write " + function.signature());
    }
    if (nesting > Intrinsic.MAX_NESTING) {
      fail(
          "intrinsic functions are nested more than " + Intrinsic.MAX_NESTING + " deep",
          nameStart,
          "AWS allows at most " + Intrinsic.MAX_NESTING + " nested intrinsic functions in one"
              + " field; compute part of the value in an earlier state");
    }
    int open = pos++;
    List<IntrinsicArg> args = new ArrayList<>(4);
    int[] offsets = new int[4];
    List<String> templateParts = null;
    int placeholders = -1;
    int depth = 1;
    skipWhitespace();
    if (pos < length && src.charAt(pos) == ')') {
      pos++;
    } else {
      while (true) {
        skipWhitespace();
        if (pos == length) {
          fail("the call to " + name + " is never closed", open, "add the missing ')'");
        }
        boolean template = function == IntrinsicFunction.FORMAT && args.isEmpty();
        if (args.size() == offsets.length) {
          offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[args.size()] = pos;
        IntrinsicArg arg = parseArgument(nesting, template);
        if (template && arg instanceof IntrinsicArg.Literal l && l.isString()) {
          templateParts = lastTemplateParts;
          placeholders = templateParts.size() - 1;
        }
        if (arg instanceof Intrinsic nested) {
          depth = Math.max(depth, nested.nesting() + 1);
        }
        args.add(arg);
        skipWhitespace();
        if (pos == length) {
          fail("the call to " + name + " is never closed", open, "add the missing ')'");
        }
        char c = src.charAt(pos);
        if (c == ',') {
          int comma = pos++;
          skipWhitespace();
          if (pos < length && src.charAt(pos) == ')') {
            fail("a ',' is followed by ')'", comma, "remove the trailing ',' or add an argument");
          }
        } else if (c == ')') {
          pos++;
          break;
        } else {
          fail(
              "expected ',' or ')' after argument "
                  + args.size()
                  + " of "
                  + name
                  + " but found "
                  + PathScanner.describe(c),
              pos,
              c == '\'' || c == '"' || src.charAt(pos - 1) == '\''
                  ? "a quote inside a string must be escaped as \\'"
                  : "separate arguments with ',' and close the call with ')'");
        }
      }
    }
    List<IntrinsicArg> frozen =
        args.isEmpty() ? List.of() : Collections.unmodifiableList(args);
    IntrinsicChecks.check(function, frozen, offsets, nameStart, src, placeholders);
    return new Intrinsic(function, frozen, src.substring(nameStart, pos), templateParts, depth);
  }

  private IntrinsicArg parseArgument(int nesting, boolean template) {
    char c = src.charAt(pos);
    if (c == '\'') {
      return new IntrinsicArg.Literal(TextNode.valueOf(readString(template)));
    }
    if (c == '"') {
      fail(
          "string literals in intrinsic functions use single quotes, not double quotes",
          pos,
          "write 'text' instead of \"text\"");
    }
    if (c == '$') {
      Path path = PathParser.parseEmbedded(src, pos);
      pos += path.text().length();
      return path;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return readNumber();
    }
    if (PathSyntax.isIdentifierStart(c)) {
      return readWordOrCall(nesting);
    }
    if (c == ',' || c == ')') {
      fail("expected an argument but found " + PathScanner.describe(c), pos, ARGUMENT_HINT);
    }
    fail(
        "unexpected " + PathScanner.describe(c) + " where an argument was expected",
        pos,
        ARGUMENT_HINT);
    return null;
  }

  private IntrinsicArg readWordOrCall(int nesting) {
    int start = pos;
    skipName();
    String word = src.substring(start, pos);
    if ((pos < length && src.charAt(pos) == '(') || word.startsWith("States.")) {
      pos = start;
      return parseCall(nesting + 1);
    }
    switch (word) {
      case "true" -> {
        return new IntrinsicArg.Literal(BooleanNode.TRUE);
      }
      case "false" -> {
        return new IntrinsicArg.Literal(BooleanNode.FALSE);
      }
      case "null" -> {
        return new IntrinsicArg.Literal(NullNode.getInstance());
      }
      default -> {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
          fail("'" + word + "' is not a literal", start, "write " + lower + " in lower case");
        }
        fail(
            "unexpected word '" + word + "' where an argument was expected",
            start,
            "write a string in single quotes ('" + word + "'), a path ($." + word + ") or a call");
        return null;
      }
    }
  }

  /**
   * Reads a single-quoted string. Only the escapes {@code \'}, {@code \{}, {@code \}} and {@code
   * \\} exist; an unescaped {@code {}} is a placeholder, and a lone {@code {} or {@code }} must be
   * escaped, as the AWS documentation requires for these reserved characters.
   */
  private String readString(boolean template) {
    int open = pos++;
    StringBuilder sb = new StringBuilder();
    List<String> parts = template ? new ArrayList<>(4) : null;
    int partStart = 0;
    while (pos < length) {
      char c = src.charAt(pos);
      if (c == '\'') {
        pos++;
        if (parts != null) {
          parts.add(sb.substring(partStart));
          lastTemplateParts = List.copyOf(parts);
        }
        return sb.toString();
      }
      if (c == '\\') {
        if (pos + 1 == length) {
          break;
        }
        char e = src.charAt(pos + 1);
        if (e != '\'' && e != '{' && e != '}' && e != '\\') {
          fail(
              "unsupported escape '\\" + e + "' in a string",
              pos,
              "intrinsic strings only know \\' \\{ \\} and \\\\; write \\\\ for a backslash");
        }
        sb.append(e);
        pos += 2;
      } else if (c == '{') {
        if (pos + 1 < length && src.charAt(pos + 1) == '}') {
          if (parts != null) {
            parts.add(sb.substring(partStart));
          }
          sb.append("{}");
          partStart = sb.length();
          pos += 2;
        } else {
          fail(
              "'{' is reserved in intrinsic strings",
              pos,
              "write \\{ for a literal brace; {} is a States.Format placeholder");
        }
      } else if (c == '}') {
        fail("'}' is reserved in intrinsic strings", pos, "write \\} for a literal brace");
      } else {
        sb.append(c);
        pos++;
      }
    }
    throw new ExpressionException(
        "unterminated string", src, open, "close the string with a single quote; write \\' inside");
  }

  /** Reads a JSON number: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private IntrinsicArg readNumber() {
    int start = pos;
    if (src.charAt(pos) == '-') {
      pos++;
    }
    if (!isDigitAt(pos)) {
      fail("expected a digit", pos, "write a number such as -1 or 2.5");
    }
    if (src.charAt(pos) == '0' && isDigitAt(pos + 1)) {
      fail("a number must not start with 0", pos, "remove the leading zeros");
    }
    skipDigits();
    if (pos < length && src.charAt(pos) == '.') {
      pos++;
      if (!isDigitAt(pos)) {
        fail("expected a digit after the decimal point", pos, "write e.g. 1.5 or 1");
      }
      skipDigits();
    }
    if (pos < length && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      pos++;
      if (pos < length && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
        pos++;
      }
      if (!isDigitAt(pos)) {
        fail("expected a digit in the exponent", pos, "write e.g. 1e6");
      }
      skipDigits();
    }
    if (pos < length) {
      char c = src.charAt(pos);
      if (c != ',' && c != ')' && !Character.isWhitespace(c)) {
        fail(
            "unexpected " + PathScanner.describe(c) + " after the number",
            pos,
            "write a string in single quotes if this is text");
      }
    }
    try {
      BigDecimal value = new BigDecimal(src.substring(start, pos));
      return new IntrinsicArg.Literal(DecimalNode.valueOf(value));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ExpressionException(
          "the number is out of range", src, start, "use a smaller exponent", e);
    }
  }

  /** Moves over a function name or word: letters, digits, {@code _} and {@code .}. */
  private void skipName() {
    while (pos < length) {
      char c = src.charAt(pos);
      if (!PathSyntax.isIdentifierPart(c) && c != '.') {
        return;
      }
      pos++;
    }
  }

  private boolean isDigitAt(int i) {
    return i < length && src.charAt(i) >= '0' && src.charAt(i) <= '9';
  }

  private void skipDigits() {
    while (isDigitAt(pos)) {
      pos++;
    }
  }

  private void skipWhitespace() {
    while (pos < length && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private ExpressionException unknownFunction(String name, int at) {
    return new ExpressionException(
        ExpressionException.Kind.UNKNOWN_FUNCTION,
        "unknown intrinsic function '" + name + "'",
        src,
        at,
        IntrinsicFunction.suggest(name)
            .map(f -> "did you mean " + f.aslName() + "?")
            .orElse("the intrinsic functions are " + String.join(", ", IntrinsicFunction.names())),
        null);
  }

  private void fail(String problem, int position, String hint) {
    throw new ExpressionException(problem, src, position, hint);
  }
}
