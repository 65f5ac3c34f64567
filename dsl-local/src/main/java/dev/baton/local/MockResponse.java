package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a mocked task answers: a result, an error, or (for {@code .waitForTaskToken} tasks) nothing
 * yet, so that the test sends the outcome for the token later.
 *
 * <p>A result or error may take simulated time ({@link Success#after}, {@link Failure#after}): on
 * the virtual clock it costs no real time, and it is what {@code TimeoutSeconds} is checked
 * against. A result may also send heartbeats at given offsets, checked against {@code
 * HeartbeatSeconds}.
 */
public sealed interface MockResponse {

  /**
   * The task returned a result.
   *
   * @param result the task result (before ResultSelector)
   * @param duration how long the task ran, in simulated time
   * @param heartbeats offsets from the start at which the task sent heartbeats
   */
  record Success(JsonNode result, Duration duration, List<Duration> heartbeats)
      implements MockResponse {
    /** Creates a success; the result is required. */
    public Success {
      Objects.requireNonNull(result, "result");
      duration = duration == null ? Duration.ZERO : duration;
      heartbeats = heartbeats == null ? List.of() : List.copyOf(heartbeats);
    }

    /** Returns this success taking {@code took} of simulated time. */
    public Success after(Duration took) {
      return new Success(result, took, heartbeats);
    }

    /** Returns this success sending heartbeats at these offsets from the task's start. */
    public Success withHeartbeats(Duration... offsets) {
      return new Success(result, duration, List.of(offsets));
    }
  }

  /**
   * The task failed.
   *
   * @param error the error name matched by Retry and Catch, e.g. {@code Lambda.ServiceException}
   * @param cause the cause text
   * @param duration how long the task ran before failing, in simulated time
   */
  record Failure(String error, String cause, Duration duration) implements MockResponse {
    /** Creates a failure; the error is required, the cause defaults to empty. */
    public Failure {
      Objects.requireNonNull(error, "error");
      cause = cause == null ? "" : cause;
      duration = duration == null ? Duration.ZERO : duration;
    }

    /** Returns this failure happening after {@code took} of simulated time. */
    public Failure after(Duration took) {
      return new Failure(error, cause, took);
    }
  }

  /**
   * No answer yet: the task waits for {@link LocalEngine#sendTaskSuccess}, {@link
   * LocalEngine#sendTaskFailure} or heartbeats for its token (the {@code .waitForTaskToken}
   * pattern), bounded by its TimeoutSeconds and HeartbeatSeconds.
   */
  record AwaitCallback() implements MockResponse {}

  /** A result now. */
  static Success success(JsonNode result) {
    return new Success(result, Duration.ZERO, List.of());
  }

  /** An error now. */
  static Failure failure(String error, String cause) {
    return new Failure(error, cause, Duration.ZERO);
  }

  /** Waits for the token's outcome. */
  static AwaitCallback awaitCallback() {
    return new AwaitCallback();
  }
}
