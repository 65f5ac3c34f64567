package dev.baton.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Map state's ASL {@code ItemProcessor} (or the legacy {@code Iterator}): the workflow run for each item.
 */
public final class ItemProcessor {
  private final ProcessorConfig processorConfig;
  private final String startAt;
  private final Map<String, State> states;
  private final String comment;

  private ItemProcessor(Builder b) {
    this.processorConfig = b.processorConfig;
    this.startAt = Objects.requireNonNull(b.startAt, "ItemProcessor: StartAt is required");
    // The builder's map is its own copy and is replaced, never changed, by the builder: sharing it
    // saves copying every state a second time.
    this.states = Collections.unmodifiableMap(b.states);
    this.comment = b.comment;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The processing mode; INLINE when absent. ASL {@code ProcessorConfig}. */
  public Optional<ProcessorConfig> processorConfig() {
    return Optional.ofNullable(processorConfig);
  }

  /** The first state (required). ASL {@code StartAt}. */
  public String startAt() {
    return startAt;
  }

  /** The states by name. ASL {@code States}. In definition order. */
  public Map<String, State> states() {
    return states;
  }

  /** A human-readable description; none by default. ASL {@code Comment}. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.processorConfig = processorConfig;
    b.startAt = startAt;
    b.states = states;
    b.comment = comment;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemProcessor other
        && Objects.equals(processorConfig, other.processorConfig)
        && Objects.equals(startAt, other.startAt)
        && Objects.equals(states, other.states)
        && Objects.equals(comment, other.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(processorConfig, startAt, states, comment);
  }

  @Override
  public String toString() {
    return "ItemProcessor[" + processorConfig + "]";
  }

  /** Builds a {@link ItemProcessor}; collection setters copy what they are given. */
  public static final class Builder {
    private ProcessorConfig processorConfig;
    private String startAt;
    private Map<String, State> states = new LinkedHashMap<>();
    private String comment;

    private Builder() {}

    /** Sets ASL {@code ProcessorConfig}; {@code null} unsets it. */
    public Builder processorConfig(ProcessorConfig processorConfig) {
      this.processorConfig = processorConfig;
      return this;
    }

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

    /** Builds the ItemProcessor. */
    public ItemProcessor build() {
      return new ItemProcessor(this);
    }
  }
}
