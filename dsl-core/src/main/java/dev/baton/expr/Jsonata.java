package dev.baton.expr;

import dev.baton.annotations.JsonataExpression;

import com.dashjoin.jsonata.JException;

/**
 * A JSONata expression as written in ASL: a string {@code {% expression %}}.
 *
 * <p>States that use the JSONata query language (ASL 2024-11) write expressions in fields such as
 * {@code Arguments}, {@code Output}, {@code Assign} and {@code Condition}. The expression is
 * checked for syntax when created, by parsing it with the dashjoin JSONata parser; nothing is
 * evaluated. AWS's extra functions such as {@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid} and {@code $parse} are ordinary function calls to the parser.
 *
 * <p>The full text is kept verbatim so that JSON round trips are exact; equality is on that text.
 */
public final class Jsonata {

  private static final String OPEN = "{%";
  private static final String CLOSE = "%}";

  private final String text;
  private final String expression;

  private Jsonata(String text, String expression) {
    this.text = text;
    this.expression = expression;
  }

  /**
   * Wraps a bare JSONata expression, e.g. {@code $states.input.orderId}, as {@code {% ... %}}.
   *
   * @param expression the expression without delimiters; required, not blank
   * @return the expression, whose text is {@code "{% " + expression.trim() + " %}"}
   * @throws ExpressionException if the expression is blank, already wrapped or not valid JSONata;
   *     positions are offsets into {@code expression}
   */
  public static Jsonata of(@JsonataExpression String expression) {
    if (expression == null) {
      throw new ExpressionException(
          "the JSONata expression is null", null, -1, "pass e.g. $states.input.orderId");
    }
    if (expression.isBlank()) {
      throw new ExpressionException(
          "the JSONata expression is empty", expression, 0, "write e.g. $states.input.orderId");
    }
    String trimmed = expression.trim();
    if (trimmed.startsWith(OPEN) && trimmed.endsWith(CLOSE)) {
      throw new ExpressionException(
          "the expression is already wrapped in {% %}",
          expression,
          expression.indexOf(OPEN),
          "use Jsonata.parseTemplate for a {% ... %} string, or pass only the inner expression");
    }
    checkSyntax(expression, expression, 0);
    return new Jsonata(OPEN + " " + trimmed + " " + CLOSE, trimmed);
  }

  /**
   * Parses the ASL string form {@code {% expression %}}, keeping it verbatim.
   *
   * @param text the full string; must start with {@code {%} and end with {@code %}} exactly
   * @return the expression
   * @throws ExpressionException if the delimiters are missing, the expression is empty or it is
   *     not valid JSONata; positions are offsets into {@code text}
   */
  public static Jsonata parseTemplate(String text) {
    if (text == null) {
      throw new ExpressionException(
          "the JSONata text is null", null, -1, "pass e.g. {% $states.input.orderId %}");
    }
    if (!text.startsWith(OPEN)) {
      String stripped = text.stripLeading();
      throw new ExpressionException(
          "a JSONata expression must start with '{%'",
          text,
          0,
          stripped.startsWith(OPEN)
              ? "remove the whitespace before '{%'; otherwise Step Functions reads the value as a"
                  + " plain string"
              : "write {% expression %}, or use Jsonata.of for a bare expression");
    }
    if (text.length() < OPEN.length() + CLOSE.length() || !text.endsWith(CLOSE)) {
      String stripped = text.stripTrailing();
      throw new ExpressionException(
          "a JSONata expression must end with '%}'",
          text,
          text.length(),
          stripped.length() >= 4 && stripped.endsWith(CLOSE)
              ? "remove the whitespace after '%}'; otherwise Step Functions reads the value as a"
                  + " plain string"
              : "close the expression with %}");
    }
    String inner = text.substring(OPEN.length(), text.length() - CLOSE.length());
    if (inner.isBlank()) {
      throw new ExpressionException(
          "the JSONata expression is empty",
          text,
          OPEN.length(),
          "write an expression between {% and %}, e.g. {% $states.input %}");
    }
    checkSyntax(inner, text, OPEN.length());
    return new Jsonata(text, inner.trim());
  }

  /**
   * Returns whether a string is written as a JSONata expression, i.e. starts with {@code {%} and
   * ends with {@code %}}. This is how ASL tells JSONata values from plain strings; the syntax is
   * not checked.
   *
   * @param s the string; may be null
   * @return {@code true} if it has the {@code {% ... %}} form
   */
  public static boolean isTemplate(String s) {
    return s != null
        && s.length() >= OPEN.length() + CLOSE.length()
        && s.startsWith(OPEN)
        && s.endsWith(CLOSE);
  }

  /**
   * Returns the expression between the delimiters, trimmed.
   *
   * @return e.g. {@code $states.input.orderId}
   */
  public String expression() {
    return expression;
  }

  /**
   * Returns the full ASL string exactly as given, with the delimiters.
   *
   * @return e.g. {@code {% $states.input.orderId %}}
   */
  public String text() {
    return text;
  }

  /**
   * Parses the expression with the dashjoin JSONata parser and translates its errors.
   *
   * @param expression the text given to the parser
   * @param reported the text that error positions refer to
   * @param offset where {@code expression} starts in {@code reported}
   */
  private static void checkSyntax(String expression, String reported, int offset) {
    // The dashjoin exception is translated, never attached as a cause, so that no dashjoin type
    // reaches callers and the parser can be replaced without an API change.
    try {
      // Parsing builds the syntax tree only; evaluation happens in evaluate(), never called here.
      // The newline works around dashjoin 0.9.10 failing on a valid comment at the very end
      // ("1 /* c */"); it cannot change the meaning of an expression.
      com.dashjoin.jsonata.Jsonata.jsonata(expression + "\n");
    } catch (JException e) {
      int at = JsonataErrors.position(e, expression);
      throw new ExpressionException(
          "invalid JSONata: " + JsonataErrors.problem(e),
          reported,
          offset + at,
          JsonataErrors.hint(e));
    } catch (StackOverflowError e) {
      // dashjoin's recursive-descent parser overflows on very deep nesting such as 10,000 '('
      throw new ExpressionException(
          "the JSONata expression is nested too deeply to parse",
          reported,
          -1,
          "split it into smaller expressions, e.g. with variables");
    } catch (RuntimeException e) {
      // dashjoin 0.9.10 throws plain runtime exceptions for some invalid inputs, such as an
      // unclosed comment, a bad regular expression or a '#' without a variable
      JsonataErrors.Guess guess = JsonataErrors.guess(e, expression);
      throw new ExpressionException(
          "invalid JSONata: " + guess.problem(),
          reported,
          guess.position() < 0 ? -1 : offset + guess.position(),
          guess.hint());
    }
  }

  /**
   * Returns whether {@code o} is a JSONata expression with the same text.
   *
   * @param o the object to compare
   * @return {@code true} if the texts are equal
   */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Jsonata j && text.equals(j.text));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the full ASL string.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text;
  }
}
