package dev.baton.model;

import dev.baton.expr.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Succeed} state: ends its scope successfully.
 */
public final class SucceedState implements State {
  private final String name;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final NullablePath<Path> inputPath;
  private final NullablePath<Path> outputPath;
  private final Template output;

  private SucceedState(Builder b) {
    this.name = Objects.requireNonNull(b.name, "SucceedState: name is required");
    this.comment = b.comment;
    this.queryLanguage = b.queryLanguage;
    this.inputPath = b.inputPath;
    this.outputPath = b.outputPath;
    this.output = b.output;
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

  /** Selects the state's input (JSONPath states); {@code $} when absent. ASL {@code InputPath}. */
  public Optional<NullablePath<Path>> inputPath() {
    return Optional.ofNullable(inputPath);
  }

  /** Selects the state's output (JSONPath states); {@code $} when absent. ASL {@code OutputPath}. */
  public Optional<NullablePath<Path>> outputPath() {
    return Optional.ofNullable(outputPath);
  }

  /** The state's output (JSONata states); the result, or the input when there is none, by default. ASL {@code Output}. */
  public Optional<Template> output() {
    return Optional.ofNullable(output);
  }

  @Override
  public StateType type() {
    return StateType.SUCCEED;
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
    b.inputPath = inputPath;
    b.outputPath = outputPath;
    b.output = output;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SucceedState other
        && Objects.equals(name, other.name)
        && Objects.equals(comment, other.comment)
        && Objects.equals(queryLanguage, other.queryLanguage)
        && Objects.equals(inputPath, other.inputPath)
        && Objects.equals(outputPath, other.outputPath)
        && Objects.equals(output, other.output);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comment, queryLanguage, inputPath, outputPath, output);
  }

  @Override
  public String toString() {
    return "SucceedState[" + name + "]";
  }

  /** Builds a {@link SucceedState}; collection setters copy what they are given. */
  public static final class Builder {
    private String name;
    private String comment;
    private QueryLanguage queryLanguage;
    private NullablePath<Path> inputPath;
    private NullablePath<Path> outputPath;
    private Template output;

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

    /** Sets ASL {@code InputPath}; {@code null} unsets it. */
    public Builder inputPath(NullablePath<Path> inputPath) {
      this.inputPath = inputPath;
      return this;
    }

    /** Sets ASL {@code OutputPath}; {@code null} unsets it. */
    public Builder outputPath(NullablePath<Path> outputPath) {
      this.outputPath = outputPath;
      return this;
    }

    /** Sets ASL {@code Output}; {@code null} unsets it. */
    public Builder output(Template output) {
      this.output = output;
      return this;
    }

    /** Builds the SucceedState. */
    public SucceedState build() {
      return new SucceedState(this);
    }
  }
}
