package dev.baton.expr;

/**
 * Thrown when the text of an ASL expression (a JSONPath {@link Path}, an {@link Intrinsic}
 * function call or a {@link Jsonata} expression) is invalid.
 *
 * <p>The message always says what is wrong, where it is and how to fix it, in the form {@code
 * <problem> at position N in '<text>'; <how to fix>}. The position is a 0-based character offset
 * into {@link #expression()}; it may equal the length of the text when something is missing at
 * the end, and it is -1 when the problem is not tied to one place.
 */
public class ExpressionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Texts longer than this are shortened in messages so that logs stay readable. */
  private static final int MAX_QUOTED_LENGTH = 200;

  /** The whole expression text, or null. */
  private final String expression;

  /** The 0-based offset of the problem, or -1. */
  private final int position;

  /** What is wrong. */
  private final String problem;

  /** How to fix it, or null. */
  private final String hint;
  private final Kind kind;

  /** What sort of mistake an expression has, so that checkers can give each its own rule id. */
  public enum Kind {
    /** The text does not follow the grammar. */
    SYNTAX,
    /** An intrinsic function name that does not exist. */
    UNKNOWN_FUNCTION,
    /** An intrinsic function called with the wrong number of arguments. */
    ARITY,
    /** A literal argument of the wrong type or value for its intrinsic function. */
    ARGUMENT,
    /** A valid path where only a Reference Path is allowed. */
    NOT_REFERENCE
  }

  /**
   * Creates an exception for a problem in an expression text.
   *
   * @param problem what is wrong, e.g. {@code "unterminated quoted name"}; required
   * @param expression the whole expression text, or {@code null} when there is none
   * @param position the 0-based offset of the problem in {@code expression}, or -1
   * @param hint how to fix it, or {@code null}
   */
  public ExpressionException(String problem, String expression, int position, String hint) {
    this(problem, expression, position, hint, null);
  }

  /**
   * Creates an exception for a problem in an expression text, reported by another parser.
   *
   * @param problem what is wrong; required
   * @param expression the whole expression text, or {@code null} when there is none
   * @param position the 0-based offset of the problem in {@code expression}, or -1
   * @param hint how to fix it, or {@code null}
   * @param cause the underlying exception, or {@code null}
   */
  public ExpressionException(
      String problem, String expression, int position, String hint, Throwable cause) {
    this(Kind.SYNTAX, problem, expression, position, hint, cause);
  }

  /**
   * Creates an exception of a given kind.
   *
   * @param kind what sort of mistake it is
   * @param problem what is wrong
   * @param expression the whole expression text
   * @param position the 0-based offset of the problem, or -1
   * @param hint how to fix it, or null
   * @param cause the underlying exception, or null
   */
  public ExpressionException(
      Kind kind, String problem, String expression, int position, String hint, Throwable cause) {
    super(format(problem, expression, position, hint), cause);
    this.kind = kind;
    this.problem = problem;
    this.expression = expression;
    this.position = position;
    this.hint = hint;
  }

  /**
   * Returns the expression text the problem was found in.
   *
   * @return the text, or {@code null} when none was given
   */
  public String expression() {
    return expression;
  }

  /**
   * Returns the 0-based character offset of the problem in {@link #expression()}.
   *
   * @return the offset, or -1 when the problem is not tied to one place
   */
  public int position() {
    return position;
  }

  /**
   * Returns what is wrong, without position or hint.
   *
   * @return the problem description
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns how to fix the problem.
   *
   * @return the hint, or {@code null} when there is none
   */
  public String hint() {
    return hint;
  }

  /** What sort of mistake this is; {@link Kind#SYNTAX} unless a more precise kind applies. */
  public Kind kind() {
    return kind;
  }

  private static String format(String problem, String expression, int position, String hint) {
    StringBuilder sb = new StringBuilder(problem == null ? "invalid expression" : problem);
    if (position >= 0) {
      sb.append(" at position ").append(position);
    }
    if (expression != null) {
      sb.append(" in ").append(quoted(expression, position));
    }
    if (hint != null && !hint.isEmpty()) {
      sb.append("; ").append(hint);
    }
    return sb.toString();
  }

  /** Shortens a long text to a window around the position, so the problem stays visible. */
  private static String quoted(String expression, int position) {
    int length = expression.length();
    if (length <= MAX_QUOTED_LENGTH) {
      return "'" + expression + "'";
    }
    int half = MAX_QUOTED_LENGTH / 2;
    int from =
        position < 0 ? 0 : Math.max(0, Math.min(position - half, length - MAX_QUOTED_LENGTH));
    int to = Math.min(length, from + MAX_QUOTED_LENGTH);
    return "'"
        + (from > 0 ? "..." : "")
        + expression.substring(from, to)
        + (to < length ? "..." : "")
        + "' ("
        + length
        + " characters, shown from offset "
        + from
        + ")";
  }
}
