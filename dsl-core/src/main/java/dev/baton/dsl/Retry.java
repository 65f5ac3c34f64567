package dev.baton.dsl;

import dev.baton.model.JitterStrategy;
import dev.baton.model.Retrier;
import java.math.BigDecimal;
import java.util.List;

/**
 * A retry policy for a Task, Parallel or Map step: ASL {@code Retry}. Immutable; each setter
 * returns a changed copy. Unset fields take the ASL defaults (interval 1 s, 3 attempts, back-off
 * rate 2.0, no delay cap, no jitter).
 */
public final class Retry {
  private final Retrier retrier;

  private Retry(Retrier retrier) {
    this.retrier = retrier;
  }

  /** Retries on the named errors (ASL {@code ErrorEquals}); see {@link Errors} for the common names. */
  public static Retry on(String... errors) {
    if (errors.length == 0) {
      throw new IllegalArgumentException("Retry.on needs at least one error name, e.g. Errors.ALL");
    }
    for (String error : errors) {
      if (error == null || error.isEmpty()) {
        throw new IllegalArgumentException("Retry.on: an error name cannot be null or empty");
      }
    }
    return new Retry(Retrier.builder(List.of(errors)).build());
  }

  /** Retries on every error ({@code States.ALL}). */
  public static Retry onAllErrors() {
    return on(Errors.ALL);
  }

  /** Sets ASL {@code IntervalSeconds}: seconds before the first retry, at least 1. */
  public Retry intervalSeconds(int seconds) {
    if (seconds < 1) {
      throw new IllegalArgumentException("IntervalSeconds must be at least 1, not " + seconds);
    }
    return new Retry(retrier.toBuilder().intervalSeconds(seconds).build());
  }

  /** Sets ASL {@code MaxAttempts}: how many retries at most; 0 disables retrying. */
  public Retry maxAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("MaxAttempts must be 0 or more, not " + attempts);
    }
    return new Retry(retrier.toBuilder().maxAttempts(attempts).build());
  }

  /** Sets ASL {@code BackoffRate}: the interval multiplier per attempt, at least 1.0. */
  public Retry backoffRate(double rate) {
    if (!(rate >= 1.0)) {
      throw new IllegalArgumentException("BackoffRate must be at least 1.0, not " + rate);
    }
    return new Retry(retrier.toBuilder().backoffRate(BigDecimal.valueOf(rate)).build());
  }

  /** Sets ASL {@code MaxDelaySeconds}: the cap on any single interval. */
  public Retry maxDelaySeconds(int seconds) {
    if (seconds < 1) {
      throw new IllegalArgumentException("MaxDelaySeconds must be at least 1, not " + seconds);
    }
    return new Retry(retrier.toBuilder().maxDelaySeconds(seconds).build());
  }

  /** Sets ASL {@code JitterStrategy}: FULL randomises each interval. */
  public Retry jitter(JitterStrategy strategy) {
    return new Retry(retrier.toBuilder().jitterStrategy(strategy).build());
  }

  /** Sets ASL {@code Comment} of the retrier. */
  public Retry comment(String comment) {
    return new Retry(retrier.toBuilder().comment(comment).build());
  }

  /** The model retrier. */
  public Retrier toRetrier() {
    return retrier;
  }
}
