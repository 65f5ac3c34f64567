package dev.baton.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A state machine: the root of an ASL definition.
 * 
 * <p>Build one with the DSL ({@code dev.baton.dsl.Workflow}) or read one with {@link #fromJson(String)};
 * write it with {@link #toJson()}.
 */
public final class StateMachine {
  private final String startAt;
  private final Map<String, State> states;
  private final String comment;
  private final String version;
  private final Integer timeoutSeconds;
  private final QueryLanguage queryLanguage;

  private StateMachine(Builder b) {
    this.startAt = Objects.requireNonNull(b.startAt, "StateMachine: StartAt is required");
    // The builder's map is its own copy and is replaced, never changed, by the builder: sharing it
    // saves copying every state a second time.
    this.states = Collections.unmodifiableMap(b.states);
    this.comment = b.comment;
    this.version = b.version;
    this.timeoutSeconds = b.timeoutSeconds;
    this.queryLanguage = b.queryLanguage;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The first state (required). ASL {@code StartAt}. */
  public String startAt() {
    return startAt;
  }

  /** The top-level states by name. ASL {@code States}. In definition order. */
  public Map<String, State> states() {
    return states;
  }

  /** A human-readable description; none by default. ASL {@code Comment}. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** The ASL version; "1.0" by default. ASL {@code Version}. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** The most seconds an execution may run; no limit by default. ASL {@code TimeoutSeconds}. */
  public Optional<Integer> timeoutSeconds() {
    return Optional.ofNullable(timeoutSeconds);
  }

  /** The default query language of every state; JSONPath when absent. ASL {@code QueryLanguage}. */
  public Optional<QueryLanguage> queryLanguage() {
    return Optional.ofNullable(queryLanguage);
  }

  /**
   * Writes this state machine as canonical ASL JSON: fixed key order, two-space indentation, a
   * final newline. Writing the same machine twice gives the same bytes.
   */
  public String toJson() {
    return written().json();
  }

  /**
   * The size of {@link #toJson()} in UTF-8 bytes: what AWS counts against its definition quota
   * of 1,048,576 bytes.
   */
  public long jsonSize() {
    return written().utf8Bytes();
  }

  private dev.baton.json.AslWriter.Measured written() {
    // The model is immutable, so its text is computed once: build() measures it for the size
    // quota, and the caller usually writes it right after.
    dev.baton.json.AslWriter.Measured measured = written;
    if (measured == null) {
      measured = dev.baton.json.AslWriter.writeMeasured(this);
      written = measured;
    }
    return measured;
  }

  private volatile dev.baton.json.AslWriter.Measured written;

  /**
   * Reads ASL JSON into the model.
   *
   * @throws dev.baton.json.AslParseException listing every problem found, each with its JSON
   *     pointer, line and column
   */
  public static StateMachine fromJson(String json) {
    return dev.baton.json.AslReader.read(json);
  }

  /** Every state of the machine, including those inside Parallel branches and Map processors, depth first. */
  public List<State> allStates() {
    List<State> all = new ArrayList<>();
    collect(states, all);
    return List.copyOf(all);
  }

  private static void collect(Map<String, State> scope, List<State> into) {
    for (State state : scope.values()) {
      into.add(state);
      if (state instanceof ParallelState parallel) {
        parallel.branches().forEach(branch -> collect(branch.states(), into));
      } else if (state instanceof MapState map) {
        map.itemProcessor().ifPresent(p -> collect(p.states(), into));
        map.iterator().ifPresent(p -> collect(p.states(), into));
      }
    }
  }


  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.startAt = startAt;
    b.states = states;
    b.comment = comment;
    b.version = version;
    b.timeoutSeconds = timeoutSeconds;
    b.queryLanguage = queryLanguage;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateMachine other
        && Objects.equals(startAt, other.startAt)
        && Objects.equals(states, other.states)
        && Objects.equals(comment, other.comment)
        && Objects.equals(version, other.version)
        && Objects.equals(timeoutSeconds, other.timeoutSeconds)
        && Objects.equals(queryLanguage, other.queryLanguage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startAt, states, comment, version, timeoutSeconds, queryLanguage);
  }

  @Override
  public String toString() {
    return "StateMachine[" + startAt + "]";
  }

  /** Builds a {@link StateMachine}; collection setters copy what they are given. */
  public static final class Builder {
    private String startAt;
    private Map<String, State> states = new LinkedHashMap<>();
    private String comment;
    private String version;
    private Integer timeoutSeconds;
    private QueryLanguage queryLanguage;

    private Builder() {}

    /** Sets ASL {@code StartAt}. */
    public Builder startAt(String startAt) {
      this.startAt = startAt;
      return this;
    }

    /** Replaces ASL {@code States}, keeping the given order. */
    public Builder states(Map<String, State> states) {
      this.states = new LinkedHashMap<>(states);
      return this;
    }

    /** Sets ASL {@code Comment}; {@code null} unsets it. */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** Sets ASL {@code Version}; {@code null} unsets it. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Sets ASL {@code TimeoutSeconds}; {@code null} unsets it. */
    public Builder timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /** Sets ASL {@code QueryLanguage}; {@code null} unsets it. */
    public Builder queryLanguage(QueryLanguage queryLanguage) {
      this.queryLanguage = queryLanguage;
      return this;
    }

    /** Builds the StateMachine. */
    public StateMachine build() {
      return new StateMachine(this);
    }
  }
}
