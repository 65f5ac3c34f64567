package dev.baton.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A Map state's ASL {@code ResultWriter}: exports the child executions' results (distributed Map).
 */
public final class ResultWriter {
  private final String resource;
  private final WriterConfig writerConfig;
  private final Template parameters;
  private final Template arguments;

  private ResultWriter(Builder b) {
    this.resource = b.resource;
    this.writerConfig = b.writerConfig;
    this.parameters = b.parameters;
    this.arguments = b.arguments;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The write action, e.g. {@code arn:aws:states:::s3:putObject}. ASL {@code Resource}. */
  public Optional<String> resource() {
    return Optional.ofNullable(resource);
  }

  /** The output format. ASL {@code WriterConfig}. */
  public Optional<WriterConfig> writerConfig() {
    return Optional.ofNullable(writerConfig);
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
    b.writerConfig = writerConfig;
    b.parameters = parameters;
    b.arguments = arguments;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResultWriter other
        && Objects.equals(resource, other.resource)
        && Objects.equals(writerConfig, other.writerConfig)
        && Objects.equals(parameters, other.parameters)
        && Objects.equals(arguments, other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, writerConfig, parameters, arguments);
  }

  @Override
  public String toString() {
    return "ResultWriter[" + resource + "]";
  }

  /** Builds a {@link ResultWriter}; collection setters copy what they are given. */
  public static final class Builder {
    private String resource;
    private WriterConfig writerConfig;
    private Template parameters;
    private Template arguments;

    private Builder() {}

    /** Sets ASL {@code Resource}; {@code null} unsets it. */
    public Builder resource(String resource) {
      this.resource = resource;
      return this;
    }

    /** Sets ASL {@code WriterConfig}; {@code null} unsets it. */
    public Builder writerConfig(WriterConfig writerConfig) {
      this.writerConfig = writerConfig;
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

    /** Builds the ResultWriter. */
    public ResultWriter build() {
      return new ResultWriter(this);
    }
  }
}
