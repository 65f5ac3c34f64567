package dev.baton.model;

import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Wait} state: pauses for a duration or until a time. Exactly one of the four duration fields is set.
 */
public final class WaitState implements State {
  private final String name;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final NullablePath<Path> inputPath;
  private final Value<Integer> seconds;
  private final ReferencePath secondsPath;
  private final Value<String> timestamp;
  private final ReferencePath timestampPath;
  private final NullablePath<Path> outputPath;
  private final Template output;
  private final Template assign;
  private final String next;
  private final Boolean end;

  private WaitState(Builder b) {
    this.name = Objects.requireNonNull(b.name, "WaitState: name is required");
    this.comment = b.comment;
    this.queryLanguage = b.queryLanguage;
    this.inputPath = b.inputPath;
    this.seconds = b.seconds;
    this.secondsPath = b.secondsPath;
    this.timestamp = b.timestamp;
    this.timestampPath = b.timestampPath;
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

  /** How many seconds to wait. ASL {@code Seconds}. */
  public Optional<Value<Integer>> seconds() {
    return Optional.ofNullable(seconds);
  }

  /** Where to read the seconds from the input (JSONPath states). ASL {@code SecondsPath}. */
  public Optional<ReferencePath> secondsPath() {
    return Optional.ofNullable(secondsPath);
  }

  /** The RFC 3339 time to wait until. ASL {@code Timestamp}. */
  public Optional<Value<String>> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /** Where to read the time from the input (JSONPath states). ASL {@code TimestampPath}. */
  public Optional<ReferencePath> timestampPath() {
    return Optional.ofNullable(timestampPath);
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
    return StateType.WAIT;
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
    b.seconds = seconds;
    b.secondsPath = secondsPath;
    b.timestamp = timestamp;
    b.timestampPath = timestampPath;
    b.outputPath = outputPath;
    b.output = output;
    b.assign = assign;
    b.next = next;
    b.end = end;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WaitState other
        && Objects.equals(name, other.name)
        && Objects.equals(comment, other.comment)
        && Objects.equals(queryLanguage, other.queryLanguage)
        && Objects.equals(inputPath, other.inputPath)
        && Objects.equals(seconds, other.seconds)
        && Objects.equals(secondsPath, other.secondsPath)
        && Objects.equals(timestamp, other.timestamp)
        && Objects.equals(timestampPath, other.timestampPath)
        && Objects.equals(outputPath, other.outputPath)
        && Objects.equals(output, other.output)
        && Objects.equals(assign, other.assign)
        && Objects.equals(next, other.next)
        && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comment, queryLanguage, inputPath, seconds, secondsPath, timestamp, timestampPath, outputPath, output, assign, next, end);
  }

  @Override
  public String toString() {
    return "WaitState[" + name + "]";
  }

  /** Builds a {@link WaitState}; collection setters copy what they are given. */
  public static final class Builder {
    private String name;
    private String comment;
    private QueryLanguage queryLanguage;
    private NullablePath<Path> inputPath;
    private Value<Integer> seconds;
    private ReferencePath secondsPath;
    private Value<String> timestamp;
    private ReferencePath timestampPath;
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

    /** Sets ASL {@code Seconds}; {@code null} unsets it. */
    public Builder seconds(Value<Integer> seconds) {
      this.seconds = seconds;
      return this;
    }

    /** Sets ASL {@code SecondsPath}; {@code null} unsets it. */
    public Builder secondsPath(ReferencePath secondsPath) {
      this.secondsPath = secondsPath;
      return this;
    }

    /** Sets ASL {@code Timestamp}; {@code null} unsets it. */
    public Builder timestamp(Value<String> timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets ASL {@code TimestampPath}; {@code null} unsets it. */
    public Builder timestampPath(ReferencePath timestampPath) {
      this.timestampPath = timestampPath;
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

    /** Builds the WaitState. */
    public WaitState build() {
      return new WaitState(this);
    }
  }
}
