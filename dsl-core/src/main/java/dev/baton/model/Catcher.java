package dev.baton.model;

import dev.baton.expr.ReferencePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a state's ASL {@code Catch} array: which errors to catch and where to go.
 * 
 * <p>The error output {@code {"Error": ..., "Cause": ...}} replaces the input unless
 * {@code ResultPath} (JSONPath) or {@code Output} (JSONata) says otherwise.
 */
public final class Catcher {
  private final List<String> errorEquals;
  private final String next;
  private final NullablePath<ReferencePath> resultPath;
  private final Template output;
  private final Template assign;
  private final String comment;

  private Catcher(Builder b) {
    this.errorEquals = List.copyOf(b.errorEquals);
    this.next = Objects.requireNonNull(b.next, "Catcher: Next is required");
    this.resultPath = b.resultPath;
    this.output = b.output;
    this.assign = b.assign;
    this.comment = b.comment;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The error names this catcher matches (required, non-empty). ASL {@code ErrorEquals}. Empty when absent. */
  public List<String> errorEquals() {
    return errorEquals;
  }

  /** The state to go to (required). ASL {@code Next}. */
  public String next() {
    return next;
  }

  /** Where the result goes in the input (JSONPath states); {@code $} (replace the input) when absent. ASL {@code ResultPath}. */
  public Optional<NullablePath<ReferencePath>> resultPath() {
    return Optional.ofNullable(resultPath);
  }

  /** The state's output (JSONata states); the result, or the input when there is none, by default. ASL {@code Output}. */
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
    b.errorEquals = errorEquals;
    b.next = next;
    b.resultPath = resultPath;
    b.output = output;
    b.assign = assign;
    b.comment = comment;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Catcher other
        && Objects.equals(errorEquals, other.errorEquals)
        && Objects.equals(next, other.next)
        && Objects.equals(resultPath, other.resultPath)
        && Objects.equals(output, other.output)
        && Objects.equals(assign, other.assign)
        && Objects.equals(comment, other.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(errorEquals, next, resultPath, output, assign, comment);
  }

  @Override
  public String toString() {
    return "Catcher[" + errorEquals + "]";
  }

  /** Builds a {@link Catcher}; collection setters copy what they are given. */
  public static final class Builder {
    private List<String> errorEquals = List.of();
    private String next;
    private NullablePath<ReferencePath> resultPath;
    private Template output;
    private Template assign;
    private String comment;

    private Builder() {}

    /** Replaces ASL {@code ErrorEquals}. */
    public Builder errorEquals(List<String> errorEquals) {
      this.errorEquals = List.copyOf(errorEquals);
      return this;
    }

    /** Sets ASL {@code Next}. */
    public Builder next(String next) {
      this.next = next;
      return this;
    }

    /** Sets ASL {@code ResultPath}; {@code null} unsets it. */
    public Builder resultPath(NullablePath<ReferencePath> resultPath) {
      this.resultPath = resultPath;
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

    /** Builds the Catcher. */
    public Catcher build() {
      return new Catcher(this);
    }
  }
}
