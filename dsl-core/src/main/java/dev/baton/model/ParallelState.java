package dev.baton.model;

import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Parallel} state: runs its branches concurrently; the result is the array of their outputs.
 */
public final class ParallelState implements State {
  private final String name;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final List<Branch> branches;
  private final NullablePath<Path> inputPath;
  private final Template parameters;
  private final Template arguments;
  private final Template resultSelector;
  private final NullablePath<ReferencePath> resultPath;
  private final NullablePath<Path> outputPath;
  private final Template output;
  private final Template assign;
  private final List<Retrier> retry;
  private final List<Catcher> catchers;
  private final String next;
  private final Boolean end;

  private ParallelState(Builder b) {
    this.name = Objects.requireNonNull(b.name, "ParallelState: name is required");
    this.comment = b.comment;
    this.queryLanguage = b.queryLanguage;
    this.branches = List.copyOf(b.branches);
    this.inputPath = b.inputPath;
    this.parameters = b.parameters;
    this.arguments = b.arguments;
    this.resultSelector = b.resultSelector;
    this.resultPath = b.resultPath;
    this.outputPath = b.outputPath;
    this.output = b.output;
    this.assign = b.assign;
    this.retry = List.copyOf(b.retry);
    this.catchers = List.copyOf(b.catchers);
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

  /** The branches (required, non-empty). ASL {@code Branches}. Empty when absent. */
  public List<Branch> branches() {
    return branches;
  }

  /** Selects the state's input (JSONPath states); {@code $} when absent. ASL {@code InputPath}. */
  public Optional<NullablePath<Path>> inputPath() {
    return Optional.ofNullable(inputPath);
  }

  /** The payload template that builds the effective input (JSONPath states). ASL {@code Parameters}. */
  public Optional<Template> parameters() {
    return Optional.ofNullable(parameters);
  }

  /** The arguments passed to the task or branches (JSONata states): an object or a JSONata expression. ASL {@code Arguments}. */
  public Optional<Template> arguments() {
    return Optional.ofNullable(arguments);
  }

  /** The payload template applied to the result (JSONPath states). ASL {@code ResultSelector}. */
  public Optional<Template> resultSelector() {
    return Optional.ofNullable(resultSelector);
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

  /** The retriers, tried in order. ASL {@code Retry}. Empty when absent. */
  public List<Retrier> retry() {
    return retry;
  }

  /** The catchers, tried in order after retries are exhausted. ASL {@code Catch}. Empty when absent. */
  public List<Catcher> catchers() {
    return catchers;
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
    return StateType.PARALLEL;
  }

  @Override
  public List<String> transitions() {
    return Transitions.of(next, catchers);
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
    b.branches = branches;
    b.inputPath = inputPath;
    b.parameters = parameters;
    b.arguments = arguments;
    b.resultSelector = resultSelector;
    b.resultPath = resultPath;
    b.outputPath = outputPath;
    b.output = output;
    b.assign = assign;
    b.retry = retry;
    b.catchers = catchers;
    b.next = next;
    b.end = end;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParallelState other
        && Objects.equals(name, other.name)
        && Objects.equals(comment, other.comment)
        && Objects.equals(queryLanguage, other.queryLanguage)
        && Objects.equals(branches, other.branches)
        && Objects.equals(inputPath, other.inputPath)
        && Objects.equals(parameters, other.parameters)
        && Objects.equals(arguments, other.arguments)
        && Objects.equals(resultSelector, other.resultSelector)
        && Objects.equals(resultPath, other.resultPath)
        && Objects.equals(outputPath, other.outputPath)
        && Objects.equals(output, other.output)
        && Objects.equals(assign, other.assign)
        && Objects.equals(retry, other.retry)
        && Objects.equals(catchers, other.catchers)
        && Objects.equals(next, other.next)
        && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comment, queryLanguage, branches, inputPath, parameters, arguments, resultSelector, resultPath, outputPath, output, assign, retry, catchers, next, end);
  }

  @Override
  public String toString() {
    return "ParallelState[" + name + "]";
  }

  /** Builds a {@link ParallelState}; collection setters copy what they are given. */
  public static final class Builder {
    private String name;
    private String comment;
    private QueryLanguage queryLanguage;
    private List<Branch> branches = List.of();
    private NullablePath<Path> inputPath;
    private Template parameters;
    private Template arguments;
    private Template resultSelector;
    private NullablePath<ReferencePath> resultPath;
    private NullablePath<Path> outputPath;
    private Template output;
    private Template assign;
    private List<Retrier> retry = List.of();
    private List<Catcher> catchers = List.of();
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

    /** Replaces ASL {@code Branches}. */
    public Builder branches(List<Branch> branches) {
      this.branches = List.copyOf(branches);
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

    /** Sets ASL {@code Arguments}; {@code null} unsets it. */
    public Builder arguments(Template arguments) {
      this.arguments = arguments;
      return this;
    }

    /** Sets ASL {@code ResultSelector}; {@code null} unsets it. */
    public Builder resultSelector(Template resultSelector) {
      this.resultSelector = resultSelector;
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

    /** Replaces ASL {@code Retry}. */
    public Builder retry(List<Retrier> retry) {
      this.retry = List.copyOf(retry);
      return this;
    }

    /** Replaces ASL {@code Catch}. */
    public Builder catchers(List<Catcher> catchers) {
      this.catchers = List.copyOf(catchers);
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

    /** Builds the ParallelState. */
    public ParallelState build() {
      return new ParallelState(this);
    }
  }
}
