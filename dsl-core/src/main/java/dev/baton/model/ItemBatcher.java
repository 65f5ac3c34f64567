package dev.baton.model;

import dev.baton.expr.ReferencePath;
import java.util.Objects;
import java.util.Optional;

/**
 * A Map state's ASL {@code ItemBatcher}: groups items into batches (distributed Map).
 */
public final class ItemBatcher {
  private final Template batchInput;
  private final Value<Integer> maxItemsPerBatch;
  private final ReferencePath maxItemsPerBatchPath;
  private final Value<Integer> maxInputBytesPerBatch;
  private final ReferencePath maxInputBytesPerBatchPath;

  private ItemBatcher(Builder b) {
    this.batchInput = b.batchInput;
    this.maxItemsPerBatch = b.maxItemsPerBatch;
    this.maxItemsPerBatchPath = b.maxItemsPerBatchPath;
    this.maxInputBytesPerBatch = b.maxInputBytesPerBatch;
    this.maxInputBytesPerBatchPath = b.maxInputBytesPerBatchPath;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A fixed JSON added to every batch. ASL {@code BatchInput}. */
  public Optional<Template> batchInput() {
    return Optional.ofNullable(batchInput);
  }

  /** The most items per batch. ASL {@code MaxItemsPerBatch}. */
  public Optional<Value<Integer>> maxItemsPerBatch() {
    return Optional.ofNullable(maxItemsPerBatch);
  }

  /** Where to read MaxItemsPerBatch (JSONPath states). ASL {@code MaxItemsPerBatchPath}. */
  public Optional<ReferencePath> maxItemsPerBatchPath() {
    return Optional.ofNullable(maxItemsPerBatchPath);
  }

  /** The most bytes per batch, up to 256 KiB. ASL {@code MaxInputBytesPerBatch}. */
  public Optional<Value<Integer>> maxInputBytesPerBatch() {
    return Optional.ofNullable(maxInputBytesPerBatch);
  }

  /** Where to read MaxInputBytesPerBatch (JSONPath states). ASL {@code MaxInputBytesPerBatchPath}. */
  public Optional<ReferencePath> maxInputBytesPerBatchPath() {
    return Optional.ofNullable(maxInputBytesPerBatchPath);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.batchInput = batchInput;
    b.maxItemsPerBatch = maxItemsPerBatch;
    b.maxItemsPerBatchPath = maxItemsPerBatchPath;
    b.maxInputBytesPerBatch = maxInputBytesPerBatch;
    b.maxInputBytesPerBatchPath = maxInputBytesPerBatchPath;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemBatcher other
        && Objects.equals(batchInput, other.batchInput)
        && Objects.equals(maxItemsPerBatch, other.maxItemsPerBatch)
        && Objects.equals(maxItemsPerBatchPath, other.maxItemsPerBatchPath)
        && Objects.equals(maxInputBytesPerBatch, other.maxInputBytesPerBatch)
        && Objects.equals(maxInputBytesPerBatchPath, other.maxInputBytesPerBatchPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(batchInput, maxItemsPerBatch, maxItemsPerBatchPath, maxInputBytesPerBatch, maxInputBytesPerBatchPath);
  }

  @Override
  public String toString() {
    return "ItemBatcher[" + batchInput + "]";
  }

  /** Builds a {@link ItemBatcher}; collection setters copy what they are given. */
  public static final class Builder {
    private Template batchInput;
    private Value<Integer> maxItemsPerBatch;
    private ReferencePath maxItemsPerBatchPath;
    private Value<Integer> maxInputBytesPerBatch;
    private ReferencePath maxInputBytesPerBatchPath;

    private Builder() {}

    /** Sets ASL {@code BatchInput}; {@code null} unsets it. */
    public Builder batchInput(Template batchInput) {
      this.batchInput = batchInput;
      return this;
    }

    /** Sets ASL {@code MaxItemsPerBatch}; {@code null} unsets it. */
    public Builder maxItemsPerBatch(Value<Integer> maxItemsPerBatch) {
      this.maxItemsPerBatch = maxItemsPerBatch;
      return this;
    }

    /** Sets ASL {@code MaxItemsPerBatchPath}; {@code null} unsets it. */
    public Builder maxItemsPerBatchPath(ReferencePath maxItemsPerBatchPath) {
      this.maxItemsPerBatchPath = maxItemsPerBatchPath;
      return this;
    }

    /** Sets ASL {@code MaxInputBytesPerBatch}; {@code null} unsets it. */
    public Builder maxInputBytesPerBatch(Value<Integer> maxInputBytesPerBatch) {
      this.maxInputBytesPerBatch = maxInputBytesPerBatch;
      return this;
    }

    /** Sets ASL {@code MaxInputBytesPerBatchPath}; {@code null} unsets it. */
    public Builder maxInputBytesPerBatchPath(ReferencePath maxInputBytesPerBatchPath) {
      this.maxInputBytesPerBatchPath = maxInputBytesPerBatchPath;
      return this;
    }

    /** Builds the ItemBatcher. */
    public ItemBatcher build() {
      return new ItemBatcher(this);
    }
  }
}
