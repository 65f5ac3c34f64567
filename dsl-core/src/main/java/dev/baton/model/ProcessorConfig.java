package dev.baton.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A Map state's ASL {@code ProcessorConfig}: how items are processed.
 */
public final class ProcessorConfig {
  private final ProcessorMode mode;
  private final ExecutionType executionType;

  private ProcessorConfig(Builder b) {
    this.mode = b.mode;
    this.executionType = b.executionType;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** INLINE (default) or DISTRIBUTED. ASL {@code Mode}. */
  public Optional<ProcessorMode> mode() {
    return Optional.ofNullable(mode);
  }

  /** The child workflow type in DISTRIBUTED mode: STANDARD or EXPRESS. ASL {@code ExecutionType}. */
  public Optional<ExecutionType> executionType() {
    return Optional.ofNullable(executionType);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mode = mode;
    b.executionType = executionType;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessorConfig other
        && Objects.equals(mode, other.mode)
        && Objects.equals(executionType, other.executionType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, executionType);
  }

  @Override
  public String toString() {
    return "ProcessorConfig[" + mode + "]";
  }

  /** Builds a {@link ProcessorConfig}; collection setters copy what they are given. */
  public static final class Builder {
    private ProcessorMode mode;
    private ExecutionType executionType;

    private Builder() {}

    /** Sets ASL {@code Mode}; {@code null} unsets it. */
    public Builder mode(ProcessorMode mode) {
      this.mode = mode;
      return this;
    }

    /** Sets ASL {@code ExecutionType}; {@code null} unsets it. */
    public Builder executionType(ExecutionType executionType) {
      this.executionType = executionType;
      return this;
    }

    /** Builds the ProcessorConfig. */
    public ProcessorConfig build() {
      return new ProcessorConfig(this);
    }
  }
}
