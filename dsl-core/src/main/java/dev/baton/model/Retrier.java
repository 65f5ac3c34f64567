package dev.baton.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a state's ASL {@code Retry} array: which errors to retry and how to back off.
 *
 * <p>Fields left unset take the ASL defaults when the workflow runs: {@code IntervalSeconds} 1,
 * {@code MaxAttempts} 3, {@code BackoffRate} 2.0, no {@code MaxDelaySeconds}, {@code JitterStrategy}
 * NONE.
 */
public final class Retrier {
  private final List<String> errorEquals;
  private final Integer intervalSeconds;
  private final Integer maxAttempts;
  private final BigDecimal backoffRate;
  private final Integer maxDelaySeconds;
  private final JitterStrategy jitterStrategy;
  private final String comment;

  private Retrier(Builder b) {
    this.errorEquals = List.copyOf(b.errorEquals);
    this.intervalSeconds = b.intervalSeconds;
    this.maxAttempts = b.maxAttempts;
    this.backoffRate = b.backoffRate;
    this.maxDelaySeconds = b.maxDelaySeconds;
    this.jitterStrategy = b.jitterStrategy;
    this.comment = b.comment;
  }

  /** A builder for a retrier of the given error names (ASL {@code ErrorEquals}, required, non-empty). */
  public static Builder builder(List<String> errorEquals) {
    return new Builder().errorEquals(errorEquals);
  }

  /** ASL {@code ErrorEquals}: the error names this retrier matches. */
  public List<String> errorEquals() {
    return errorEquals;
  }

  /** ASL {@code IntervalSeconds}: seconds before the first retry; ASL default 1. */
  public Optional<Integer> intervalSeconds() {
    return Optional.ofNullable(intervalSeconds);
  }

  /** ASL {@code MaxAttempts}: the most retries; 0 means never retry; ASL default 3. */
  public Optional<Integer> maxAttempts() {
    return Optional.ofNullable(maxAttempts);
  }

  /** ASL {@code BackoffRate}: the interval multiplier per attempt, at least 1.0; ASL default 2.0. */
  public Optional<BigDecimal> backoffRate() {
    return Optional.ofNullable(backoffRate);
  }

  /** ASL {@code MaxDelaySeconds}: the cap on any interval; no cap by default. */
  public Optional<Integer> maxDelaySeconds() {
    return Optional.ofNullable(maxDelaySeconds);
  }

  /** ASL {@code JitterStrategy}; NONE by default. */
  public Optional<JitterStrategy> jitterStrategy() {
    return Optional.ofNullable(jitterStrategy);
  }

  /** ASL {@code Comment} of the retrier, if any. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** A builder holding this retrier's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.errorEquals = errorEquals;
    b.intervalSeconds = intervalSeconds;
    b.maxAttempts = maxAttempts;
    b.backoffRate = backoffRate;
    b.maxDelaySeconds = maxDelaySeconds;
    b.jitterStrategy = jitterStrategy;
    b.comment = comment;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Retrier r
        && errorEquals.equals(r.errorEquals)
        && Objects.equals(intervalSeconds, r.intervalSeconds)
        && Objects.equals(maxAttempts, r.maxAttempts)
        && Numbers.equal(backoffRate, r.backoffRate)
        && Objects.equals(maxDelaySeconds, r.maxDelaySeconds)
        && jitterStrategy == r.jitterStrategy
        && Objects.equals(comment, r.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(errorEquals, intervalSeconds, maxAttempts, maxDelaySeconds, jitterStrategy);
  }

  @Override
  public String toString() {
    return "Retrier" + errorEquals;
  }

  /** Builds a {@link Retrier}; setters copy what they are given. */
  public static final class Builder {
    private List<String> errorEquals = List.of();
    private Integer intervalSeconds;
    private Integer maxAttempts;
    private BigDecimal backoffRate;
    private Integer maxDelaySeconds;
    private JitterStrategy jitterStrategy;
    private String comment;

    private Builder() {}

    /** Sets ASL {@code ErrorEquals}. */
    public Builder errorEquals(List<String> errorEquals) {
      this.errorEquals = List.copyOf(errorEquals);
      return this;
    }

    /** Sets ASL {@code IntervalSeconds}; {@code null} unsets it. */
    public Builder intervalSeconds(Integer intervalSeconds) {
      this.intervalSeconds = intervalSeconds;
      return this;
    }

    /** Sets ASL {@code MaxAttempts}; {@code null} unsets it. */
    public Builder maxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Sets ASL {@code BackoffRate}; {@code null} unsets it. */
    public Builder backoffRate(BigDecimal backoffRate) {
      this.backoffRate = backoffRate;
      return this;
    }

    /** Sets ASL {@code MaxDelaySeconds}; {@code null} unsets it. */
    public Builder maxDelaySeconds(Integer maxDelaySeconds) {
      this.maxDelaySeconds = maxDelaySeconds;
      return this;
    }

    /** Sets ASL {@code JitterStrategy}; {@code null} unsets it. */
    public Builder jitterStrategy(JitterStrategy jitterStrategy) {
      this.jitterStrategy = jitterStrategy;
      return this;
    }

    /** Sets ASL {@code Comment}; {@code null} unsets it. */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** Builds the retrier. */
    public Retrier build() {
      return new Retrier(this);
    }
  }
}
