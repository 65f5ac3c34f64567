package dev.baton.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A ResultWriter's ASL {@code WriterConfig}: the format of the exported results.
 */
public final class WriterConfig {
  private final String outputType;
  private final String transformation;

  private WriterConfig(Builder b) {
    this.outputType = b.outputType;
    this.transformation = b.transformation;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** JSON or JSONL. ASL {@code OutputType}. */
  public Optional<String> outputType() {
    return Optional.ofNullable(outputType);
  }

  /** NONE, COMPACT or FLATTEN. ASL {@code Transformation}. */
  public Optional<String> transformation() {
    return Optional.ofNullable(transformation);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.outputType = outputType;
    b.transformation = transformation;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriterConfig other
        && Objects.equals(outputType, other.outputType)
        && Objects.equals(transformation, other.transformation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outputType, transformation);
  }

  @Override
  public String toString() {
    return "WriterConfig[" + outputType + "]";
  }

  /** Builds a {@link WriterConfig}; collection setters copy what they are given. */
  public static final class Builder {
    private String outputType;
    private String transformation;

    private Builder() {}

    /** Sets ASL {@code OutputType}; {@code null} unsets it. */
    public Builder outputType(String outputType) {
      this.outputType = outputType;
      return this;
    }

    /** Sets ASL {@code Transformation}; {@code null} unsets it. */
    public Builder transformation(String transformation) {
      this.transformation = transformation;
      return this;
    }

    /** Builds the WriterConfig. */
    public WriterConfig build() {
      return new WriterConfig(this);
    }
  }
}
