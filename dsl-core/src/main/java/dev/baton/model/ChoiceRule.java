package dev.baton.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A top-level rule of a Choice state's ASL {@code Choices}: a condition and the state to go to.
 */
public final class ChoiceRule {
  private final Condition condition;
  private final String next;
  private final Template output;
  private final Template assign;
  private final String comment;

  private ChoiceRule(Builder b) {
    this.condition = Objects.requireNonNull(b.condition, "ChoiceRule: condition is required");
    this.next = Objects.requireNonNull(b.next, "ChoiceRule: Next is required");
    this.output = b.output;
    this.assign = b.assign;
    this.comment = b.comment;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The test (required). */
  public Condition condition() {
    return condition;
  }

  /** The state to go to when the test holds (required). ASL {@code Next}. */
  public String next() {
    return next;
  }

  /** The Choice state's output when this rule matches (JSONata states). ASL {@code Output}. */
  public Optional<Template> output() {
    return Optional.ofNullable(output);
  }

  /** Variables to assign when the state completes; none by default. ASL {@code Assign}. */
  public Optional<Template> assign() {
    return Optional.ofNullable(assign);
  }

  /** A human-readable description; none by default. ASL {@code Comment}. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.condition = condition;
    b.next = next;
    b.output = output;
    b.assign = assign;
    b.comment = comment;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChoiceRule other
        && Objects.equals(condition, other.condition)
        && Objects.equals(next, other.next)
        && Objects.equals(output, other.output)
        && Objects.equals(assign, other.assign)
        && Objects.equals(comment, other.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(condition, next, output, assign, comment);
  }

  @Override
  public String toString() {
    return "ChoiceRule[" + condition + "]";
  }

  /** Builds a {@link ChoiceRule}; collection setters copy what they are given. */
  public static final class Builder {
    private Condition condition;
    private String next;
    private Template output;
    private Template assign;
    private String comment;

    private Builder() {}

    /** Sets condition. */
    public Builder condition(Condition condition) {
      this.condition = condition;
      return this;
    }

    /** Sets ASL {@code Next}. */
    public Builder next(String next) {
      this.next = next;
      return this;
    }

    /** Sets ASL {@code Output}; {@code null} unsets it. */
    public Builder output(Template output) {
      this.output = output;
      return this;
    }

    /** Sets ASL {@code Assign}; {@code null} unsets it. */
    public Builder assign(Template assign) {
      this.assign = assign;
      return this;
    }

    /** Sets ASL {@code Comment}; {@code null} unsets it. */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** Builds the ChoiceRule. */
    public ChoiceRule build() {
      return new ChoiceRule(this);
    }
  }
}
