package dev.baton.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Fail} state: ends the execution with an error and a cause.
 */
public final class FailState implements State {
  private final String name;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final Value<String> error;
  private final Template.Dynamic errorPath;
  private final Value<String> cause;
  private final Template.Dynamic causePath;

  private FailState(Builder b) {
    this.name = Objects.requireNonNull(b.name, "FailState: name is required");
    this.comment = b.comment;
    this.queryLanguage = b.queryLanguage;
    this.error = b.error;
    this.errorPath = b.errorPath;
    this.cause = b.cause;
    this.causePath = b.causePath;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The state's name, unique in the state machine. */
  public String name() {
    return name;
  }

  /** A human-readable description; none by default. ASL {@code Comment}. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** The state's query language; inherited from the state machine when absent. ASL {@code QueryLanguage}. */
  public Optional<QueryLanguage> queryLanguage() {
    return Optional.ofNullable(queryLanguage);
  }

  /** The error name; none by default. ASL {@code Error}. */
  public Optional<Value<String>> error() {
    return Optional.ofNullable(error);
  }

  /** Where to read the error name: a path or an intrinsic function (JSONPath states). ASL {@code ErrorPath}. */
  public Optional<Template.Dynamic> errorPath() {
    return Optional.ofNullable(errorPath);
  }

  /** A human-readable cause; none by default. ASL {@code Cause}. */
  public Optional<Value<String>> cause() {
    return Optional.ofNullable(cause);
  }

  /** Where to read the cause: a path or an intrinsic function (JSONPath states). ASL {@code CausePath}. */
  public Optional<Template.Dynamic> causePath() {
    return Optional.ofNullable(causePath);
  }

  @Override
  public StateType type() {
    return StateType.FAIL;
  }

  @Override
  public List<String> transitions() {
    return List.of();
  }

  @Override
  public boolean isTerminal() {
    return true;
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.comment = comment;
    b.queryLanguage = queryLanguage;
    b.error = error;
    b.errorPath = errorPath;
    b.cause = cause;
    b.causePath = causePath;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FailState other
        && Objects.equals(name, other.name)
        && Objects.equals(comment, other.comment)
        && Objects.equals(queryLanguage, other.queryLanguage)
        && Objects.equals(error, other.error)
        && Objects.equals(errorPath, other.errorPath)
        && Objects.equals(cause, other.cause)
        && Objects.equals(causePath, other.causePath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comment, queryLanguage, error, errorPath, cause, causePath);
  }

  @Override
  public String toString() {
    return "FailState[" + name + "]";
  }

  /** Builds a {@link FailState}; collection setters copy what they are given. */
  public static final class Builder {
    private String name;
    private String comment;
    private QueryLanguage queryLanguage;
    private Value<String> error;
    private Template.Dynamic errorPath;
    private Value<String> cause;
    private Template.Dynamic causePath;

    private Builder() {}

    /** Sets name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets ASL {@code Comment}; {@code null} unsets it. */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** Sets ASL {@code QueryLanguage}; {@code null} unsets it. */
    public Builder queryLanguage(QueryLanguage queryLanguage) {
      this.queryLanguage = queryLanguage;
      return this;
    }

    /** Sets ASL {@code Error}; {@code null} unsets it. */
    public Builder error(Value<String> error) {
      this.error = error;
      return this;
    }

    /** Sets ASL {@code ErrorPath}; {@code null} unsets it. */
    public Builder errorPath(Template.Dynamic errorPath) {
      this.errorPath = errorPath;
      return this;
    }

    /** Sets ASL {@code Cause}; {@code null} unsets it. */
    public Builder cause(Value<String> cause) {
      this.cause = cause;
      return this;
    }

    /** Sets ASL {@code CausePath}; {@code null} unsets it. */
    public Builder causePath(Template.Dynamic causePath) {
      this.causePath = causePath;
      return this;
    }

    /** Builds the FailState. */
    public FailState build() {
      return new FailState(this);
    }
  }
}
