package dev.baton.local.mockconfig;

import java.util.List;
import java.util.Optional;

/**
 * A named mocked response of a mock configuration file ({@code MockedResponses.<name>}): what a
 * mocked Task does on each invocation, keyed by invocation number {@code "0"} or inclusive range
 * {@code "1-2"}.
 *
 * <p>The file parser guarantees the ranges start at 0, do not overlap and leave no gap, so
 * invocations {@code 0} to {@link #invocationsCovered()} − 1 each have exactly one outcome. AWS
 * documents that a mocked Task must have a response for every invocation and that the execution
 * fails otherwise; {@link #forInvocation(int)} therefore throws past the last range and the
 * engine fails the execution.
 */
public final class MockedResponse {

  /**
   * The outcome of an inclusive range of invocations.
   *
   * @param first the first invocation, 0-based
   * @param last the last invocation, inclusive
   * @param outcome what the Task does
   */
  public record Attempts(int first, int last, MockOutcome outcome) {}

  private final String name;
  private final List<Attempts> attempts;

  MockedResponse(String name, List<Attempts> attempts) {
    this.name = name;
    this.attempts = List.copyOf(attempts);
  }

  /**
   * Returns the response's name, its key under {@code MockedResponses}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the ranges in invocation order.
   *
   * @return contiguous ranges starting at invocation 0
   */
  public List<Attempts> attempts() {
    return attempts;
  }

  /**
   * Returns how many invocations have an outcome: one more than the last range's end.
   *
   * @return the number of invocations covered
   */
  public int invocationsCovered() {
    return attempts.get(attempts.size() - 1).last() + 1;
  }

  /**
   * Returns the outcome of an invocation, if the file gives one.
   *
   * @param zeroBasedInvocation 0 for the first time the state runs in the execution, 1 for the
   *     first retry or second visit, ...
   * @return the outcome, or empty past the last range
   */
  public Optional<MockOutcome> find(int zeroBasedInvocation) {
    for (Attempts a : attempts) {
      if (zeroBasedInvocation >= a.first() && zeroBasedInvocation <= a.last()) {
        return Optional.of(a.outcome());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the outcome of an invocation.
   *
   * @param zeroBasedInvocation 0 for the first time the state runs in the execution
   * @return the outcome
   * @throws NoMockedResponseException past the last range (AWS fails the execution), or for a
   *     negative invocation
   */
  public MockOutcome forInvocation(int zeroBasedInvocation) {
    return find(zeroBasedInvocation)
        .orElseThrow(() -> new NoMockedResponseException(name, zeroBasedInvocation, invocationsCovered()));
  }

  /** Thrown when a mocked Task runs more often than its mocked response covers. */
  public static final class NoMockedResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoMockedResponseException(String name, int invocation, int covered) {
      super(
          "the mocked response '"
              + name
              + "' has no entry for invocation "
              + invocation
              + " (it covers invocations 0 to "
              + (covered - 1)
              + "); add an entry such as \""
              + covered
              + "\" or \""
              + covered
              + "-"
              + (covered + 9)
              + "\" to MockedResponses."
              + name,
          null,
          false,
          false);
    }
  }
}
