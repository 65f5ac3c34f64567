package dev.baton.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Pass} state: passes its input on, optionally injecting a fixed {@code Result}.
 */
public final class PassState implements State {
  private final String name;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final NullablePath<Path> inputPath;
  private final Template parameters;
  private final JsonNode result;
  private final NullablePath<ReferencePath> resultPath;
  private final NullablePath<Path> outputPath;
  private final Template output;
  private final Template assign;
  private final String next;
  private final Boolean end;

  private PassState(Builder b) {
    this.name = Objects.requireNonNull(b.name, "PassState: name is required");
    this.comment = b.comment;
    this.queryLanguage = b.queryLanguage;
    this.inputPath = b.inputPath;
    this.parameters = b.parameters;
    this.result = b.result == null ? null : b.result.deepCopy();
    this.resultPath = b.resultPath;
    this.outputPath = b.outputPath;
    this.output = b.output;
    this.assign = b.assign;
    this.next = b.next;
    this.end = b.end;
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

  /** The payload template that builds the effective input (JSONPath states). ASL {@code Parameters}. */
  public Optional<Template> parameters() {
    return Optional.ofNullable(parameters);
  }

  /** A fixed JSON result (JSONPath states), treated as the output of a virtual task. ASL {@code Result}. A copy: the model stays immutable. */
  public Optional<JsonNode> result() {
    return Optional.ofNullable(result).map(JsonNode::deepCopy);
  }

  /** Where the result goes in the input (JSONPath states); {@code $} (replace the input) when absent. ASL {@code ResultPath}. */
  public Optional<NullablePath<ReferencePath>> resultPath() {
    return Optional.ofNullable(resultPath);
  }

  /** Selects the state's output (JSONPath states); {@code $} when absent. ASL {@code OutputPath}. */
  public Optional<NullablePath<Path>> outputPath() {
    return Optional.ofNullable(outputPath);
  }

  /** The state's output (JSONata states); the result, or the input when there is none, by default. ASL {@code Output}. */
  public Optional<Template> output() {
    return Optional.ofNullable(output);
  }

  /** Variables to assign when the state completes; none by default. ASL {@code Assign}. */
  public Optional<Template> assign() {
    return Optional.ofNullable(assign);
  }

  /** The name of the next state; absent on an End state. ASL {@code Next}. */
  public Optional<String> next() {
    return Optional.ofNullable(next);
  }

  /** Whether the state ends its scope; absent means false. ASL {@code End}. */
  public Optional<Boolean> end() {
    return Optional.ofNullable(end);
  }

  @Override
  public StateType type() {
    return StateType.PASS;
  }

  @Override
  public List<String> transitions() {
    return Transitions.of(next, List.of());
  }

  @Override
  public boolean isTerminal() {
    return Boolean.TRUE.equals(end);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.comment = comment;
    b.queryLanguage = queryLanguage;
    b.inputPath = inputPath;
    b.parameters = parameters;
    b.result = result;
    b.resultPath = resultPath;
    b.outputPath = outputPath;
    b.output = output;
    b.assign = assign;
    b.next = next;
    b.end = end;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PassState other
        && Objects.equals(name, other.name)
        && Objects.equals(comment, other.comment)
        && Objects.equals(queryLanguage, other.queryLanguage)
        && Objects.equals(inputPath, other.inputPath)
        && Objects.equals(parameters, other.parameters)
        && Objects.equals(result, other.result)
        && Objects.equals(resultPath, other.resultPath)
        && Objects.equals(outputPath, other.outputPath)
        && Objects.equals(output, other.output)
        && Objects.equals(assign, other.assign)
        && Objects.equals(next, other.next)
        && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comment, queryLanguage, inputPath, parameters, result, resultPath, outputPath, output, assign, next, end);
  }

  @Override
  public String toString() {
    return "PassState[" + name + "]";
  }

  /** Builds a {@link PassState}; collection setters copy what they are given. */
  public static final class Builder {
    private String name;
    private String comment;
    private QueryLanguage queryLanguage;
    private NullablePath<Path> inputPath;
    private Template parameters;
    private JsonNode result;
    private NullablePath<ReferencePath> resultPath;
    private NullablePath<Path> outputPath;
    private Template output;
    private Template assign;
    private String next;
    private Boolean end;

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

    /** Sets ASL {@code Parameters}; {@code null} unsets it. */
    public Builder parameters(Template parameters) {
      this.parameters = parameters;
      return this;
    }

    /** Sets ASL {@code Result}; {@code null} unsets it. */
    public Builder result(JsonNode result) {
      this.result = result;
      return this;
    }

    /** Sets ASL {@code ResultPath}; {@code null} unsets it. */
    public Builder resultPath(NullablePath<ReferencePath> resultPath) {
      this.resultPath = resultPath;
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

    /** Sets ASL {@code Assign}; {@code null} unsets it. */
    public Builder assign(Template assign) {
      this.assign = assign;
      return this;
    }

    /** Sets ASL {@code Next}; {@code null} unsets it. */
    public Builder next(String next) {
      this.next = next;
      return this;
    }

    /** Sets ASL {@code End}; {@code null} unsets it. */
    public Builder end(Boolean end) {
      this.end = end;
      return this;
    }

    /** Builds the PassState. */
    public PassState build() {
      return new PassState(this);
    }
  }
}
