package dev.baton.local.mockconfig;

import java.util.List;
import java.util.Objects;

/**
 * A mistake in a Step Functions Local mock configuration file, or a request for a test case the
 * file does not have. The message lists every problem as {@code file:line:column: message (at
 * /json/pointer)}, each saying how to fix it.
 */
public final class MockConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem in the file.
   *
   * @param pointer the JSON pointer of the offending member or value; empty for the document
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @param message what is wrong and how to fix it
   */
  public record Problem(String pointer, int line, int column, String message) {
    /**
     * Creates a problem.
     *
     * @param pointer required
     * @param line 0 when unknown
     * @param column 0 when unknown
     * @param message required
     */
    public Problem {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
    }
  }

  private final String source;
  private final transient List<Problem> problems;

  MockConfigException(String source, List<Problem> problems) {
    super(format(source, problems), null, false, false);
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the name of the file (or other source) that was read.
   *
   * @return the source name given to the parser
   */
  public String source() {
    return source;
  }

  /**
   * Returns the problems, in the order they were found.
   *
   * @return at least one problem
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(String source, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" in mock configuration ")
        .append(source)
        .append(':');
    for (Problem p : problems) {
      sb.append('\n').append(source);
      if (p.line() > 0) {
        sb.append(':').append(p.line()).append(':').append(p.column());
      }
      sb.append(": ").append(p.message());
      if (!p.pointer().isEmpty()) {
        sb.append(" (at ").append(p.pointer()).append(')');
      }
    }
    return sb.toString();
  }
}
