package dev.baton.model;

import dev.baton.expr.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Choice} state: goes to the first rule's {@code Next} whose test holds, else {@code Default}.
 */
public final class ChoiceState implements State {
  private final String name;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final NullablePath<Path> inputPath;
  private final List<ChoiceRule> choices;
  private final String defaultState;
  private final NullablePath<Path> outputPath;
  private final Template output;
  private final Template assign;

  private ChoiceState(Builder b) {
    this.name = Objects.requireNonNull(b.name, "ChoiceState: name is required");
    this.comment = b.comment;
    this.queryLanguage = b.queryLanguage;
    this.inputPath = b.inputPath;
    this.choices = List.copyOf(b.choices);
    this.defaultState = b.defaultState;
    this.outputPath = b.outputPath;
    this.output = b.output;
    this.assign = b.assign;
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

  /** The rules, tested in order (required, non-empty). ASL {@code Choices}. Empty when absent. */
  public List<ChoiceRule> choices() {
    return choices;
  }

  /** The state to go to when no rule holds; without it, no match fails with States.NoChoiceMatched. ASL {@code Default}. */
  public Optional<String> defaultState() {
    return Optional.ofNullable(defaultState);
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

  @Override
  public StateType type() {
    return StateType.CHOICE;
  }

  @Override
  public List<String> transitions() {
    return Transitions.ofChoice(choices, defaultState().orElse(null));
  }

  @Override
  public boolean isTerminal() {
    return false;
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.comment = comment;
    b.queryLanguage = queryLanguage;
    b.inputPath = inputPath;
    b.choices = choices;
    b.defaultState = defaultState;
    b.outputPath = outputPath;
    b.output = output;
    b.assign = assign;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChoiceState other
        && Objects.equals(name, other.name)
        && Objects.equals(comment, other.comment)
        && Objects.equals(queryLanguage, other.queryLanguage)
        && Objects.equals(inputPath, other.inputPath)
        && Objects.equals(choices, other.choices)
        && Objects.equals(defaultState, other.defaultState)
        && Objects.equals(outputPath, other.outputPath)
        && Objects.equals(output, other.output)
        && Objects.equals(assign, other.assign);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comment, queryLanguage, inputPath, choices, defaultState, outputPath, output, assign);
  }

  @Override
  public String toString() {
    return "ChoiceState[" + name + "]";
  }

  /** Builds a {@link ChoiceState}; collection setters copy what they are given. */
  public static final class Builder {
    private String name;
    private String comment;
    private QueryLanguage queryLanguage;
    private NullablePath<Path> inputPath;
    private List<ChoiceRule> choices = List.of();
    private String defaultState;
    private NullablePath<Path> outputPath;
    private Template output;
    private Template assign;

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

    /** Replaces ASL {@code Choices}. */
    public Builder choices(List<ChoiceRule> choices) {
      this.choices = List.copyOf(choices);
      return this;
    }

    /** Sets ASL {@code Default}; {@code null} unsets it. */
    public Builder defaultState(String defaultState) {
      this.defaultState = defaultState;
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

    /** Builds the ChoiceState. */
    public ChoiceState build() {
      return new ChoiceState(this);
    }
  }
}
