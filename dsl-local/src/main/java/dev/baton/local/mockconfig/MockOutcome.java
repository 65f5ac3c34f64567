package dev.baton.local.mockconfig;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a mocked Task state does on one invocation: return a result ({@code "Return"}) or fail
 * with an error ({@code "Throw"}).
 */
public sealed interface MockOutcome permits MockOutcome.Returns, MockOutcome.Throws {

  /**
   * The Task succeeds with this result. Mock config field {@code "Return"}.
   *
   * @param value the task's result, any JSON value; required ({@code NullNode} for null)
   */
  record Returns(JsonNode value) implements MockOutcome {
    /**
     * Creates the outcome.
     *
     * @param value required
     */
    public Returns {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The Task fails with this error. Mock config field {@code "Throw"}: {@code {"Error": ...,
   * "Cause": ...}}.
   *
   * @param error the error name, matched by Retry and Catch; required
   * @param cause the cause; required
   */
  record Throws(String error, String cause) implements MockOutcome {
    /**
     * Creates the outcome.
     *
     * @param error required
     * @param cause required
     */
    public Throws {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(cause, "cause");
    }
  }
}
