package dev.baton.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A Map state's ASL {@code ItemReader}: reads the items from a dataset instead of the input (distributed Map).
 */
public final class ItemReader {
  private final String resource;
  private final ReaderConfig readerConfig;
  private final Template parameters;
  private final Template arguments;

  private ItemReader(Builder b) {
    this.resource = Objects.requireNonNull(b.resource, "ItemReader: Resource is required");
    this.readerConfig = b.readerConfig;
    this.parameters = b.parameters;
    this.arguments = b.arguments;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The read action, e.g. {@code arn:aws:states:::s3:getObject} (required). ASL {@code Resource}. */
  public String resource() {
    return resource;
  }

  /** How to parse the dataset. ASL {@code ReaderConfig}. */
  public Optional<ReaderConfig> readerConfig() {
    return Optional.ofNullable(readerConfig);
  }

  /** The payload template that builds the effective input (JSONPath states). ASL {@code Parameters}. */
  public Optional<Template> parameters() {
    return Optional.ofNullable(parameters);
  }

  /** The arguments passed to the task or branches (JSONata states): an object or a JSONata expression. ASL {@code Arguments}. */
  public Optional<Template> arguments() {
    return Optional.ofNullable(arguments);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.resource = resource;
    b.readerConfig = readerConfig;
    b.parameters = parameters;
    b.arguments = arguments;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemReader other
        && Objects.equals(resource, other.resource)
        && Objects.equals(readerConfig, other.readerConfig)
        && Objects.equals(parameters, other.parameters)
        && Objects.equals(arguments, other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, readerConfig, parameters, arguments);
  }

  @Override
  public String toString() {
    return "ItemReader[" + resource + "]";
  }

  /** Builds a {@link ItemReader}; collection setters copy what they are given. */
  public static final class Builder {
    private String resource;
    private ReaderConfig readerConfig;
    private Template parameters;
    private Template arguments;

    private Builder() {}

    /** Sets ASL {@code Resource}. */
    public Builder resource(String resource) {
      this.resource = resource;
      return this;
    }

    /** Sets ASL {@code ReaderConfig}; {@code null} unsets it. */
    public Builder readerConfig(ReaderConfig readerConfig) {
      this.readerConfig = readerConfig;
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

    /** Builds the ItemReader. */
    public ItemReader build() {
      return new ItemReader(this);
    }
  }
}
