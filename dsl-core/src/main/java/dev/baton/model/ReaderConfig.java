package dev.baton.model;

import dev.baton.expr.ReferencePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ItemReader's ASL {@code ReaderConfig}: how to read items from a dataset (distributed Map).
 */
public final class ReaderConfig {
  private final ReaderInputType inputType;
  private final CsvHeaderLocation csvHeaderLocation;
  private final List<String> csvHeaders;
  private final CsvDelimiter csvDelimiter;
  private final ManifestType manifestType;
  private final Value<Integer> maxItems;
  private final ReferencePath maxItemsPath;

  private ReaderConfig(Builder b) {
    this.inputType = b.inputType;
    this.csvHeaderLocation = b.csvHeaderLocation;
    this.csvHeaders = List.copyOf(b.csvHeaders);
    this.csvDelimiter = b.csvDelimiter;
    this.manifestType = b.manifestType;
    this.maxItems = b.maxItems;
    this.maxItemsPath = b.maxItemsPath;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The dataset format: CSV, JSON, JSONL, MANIFEST or PARQUET; none for S3 listings. ASL {@code InputType}. */
  public Optional<ReaderInputType> inputType() {
    return Optional.ofNullable(inputType);
  }

  /** Where a CSV file's column names are: FIRST_ROW or GIVEN. ASL {@code CSVHeaderLocation}. */
  public Optional<CsvHeaderLocation> csvHeaderLocation() {
    return Optional.ofNullable(csvHeaderLocation);
  }

  /** The column names when the location is GIVEN. ASL {@code CSVHeaders}. Empty when absent. */
  public List<String> csvHeaders() {
    return csvHeaders;
  }

  /** The CSV field delimiter; COMMA by default. ASL {@code CSVDelimiter}. */
  public Optional<CsvDelimiter> csvDelimiter() {
    return Optional.ofNullable(csvDelimiter);
  }

  /** The manifest format when InputType is MANIFEST. ASL {@code ManifestType}. */
  public Optional<ManifestType> manifestType() {
    return Optional.ofNullable(manifestType);
  }

  /** The most items to read; all by default. ASL {@code MaxItems}. */
  public Optional<Value<Integer>> maxItems() {
    return Optional.ofNullable(maxItems);
  }

  /** Where to read MaxItems from the input (JSONPath states). ASL {@code MaxItemsPath}. */
  public Optional<ReferencePath> maxItemsPath() {
    return Optional.ofNullable(maxItemsPath);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.inputType = inputType;
    b.csvHeaderLocation = csvHeaderLocation;
    b.csvHeaders = csvHeaders;
    b.csvDelimiter = csvDelimiter;
    b.manifestType = manifestType;
    b.maxItems = maxItems;
    b.maxItemsPath = maxItemsPath;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderConfig other
        && Objects.equals(inputType, other.inputType)
        && Objects.equals(csvHeaderLocation, other.csvHeaderLocation)
        && Objects.equals(csvHeaders, other.csvHeaders)
        && Objects.equals(csvDelimiter, other.csvDelimiter)
        && Objects.equals(manifestType, other.manifestType)
        && Objects.equals(maxItems, other.maxItems)
        && Objects.equals(maxItemsPath, other.maxItemsPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputType, csvHeaderLocation, csvHeaders, csvDelimiter, manifestType, maxItems, maxItemsPath);
  }

  @Override
  public String toString() {
    return "ReaderConfig[" + inputType + "]";
  }

  /** Builds a {@link ReaderConfig}; collection setters copy what they are given. */
  public static final class Builder {
    private ReaderInputType inputType;
    private CsvHeaderLocation csvHeaderLocation;
    private List<String> csvHeaders = List.of();
    private CsvDelimiter csvDelimiter;
    private ManifestType manifestType;
    private Value<Integer> maxItems;
    private ReferencePath maxItemsPath;

    private Builder() {}

    /** Sets ASL {@code InputType}; {@code null} unsets it. */
    public Builder inputType(ReaderInputType inputType) {
      this.inputType = inputType;
      return this;
    }

    /** Sets ASL {@code CSVHeaderLocation}; {@code null} unsets it. */
    public Builder csvHeaderLocation(CsvHeaderLocation csvHeaderLocation) {
      this.csvHeaderLocation = csvHeaderLocation;
      return this;
    }

    /** Replaces ASL {@code CSVHeaders}. */
    public Builder csvHeaders(List<String> csvHeaders) {
      this.csvHeaders = List.copyOf(csvHeaders);
      return this;
    }

    /** Sets ASL {@code CSVDelimiter}; {@code null} unsets it. */
    public Builder csvDelimiter(CsvDelimiter csvDelimiter) {
      this.csvDelimiter = csvDelimiter;
      return this;
    }

    /** Sets ASL {@code ManifestType}; {@code null} unsets it. */
    public Builder manifestType(ManifestType manifestType) {
      this.manifestType = manifestType;
      return this;
    }

    /** Sets ASL {@code MaxItems}; {@code null} unsets it. */
    public Builder maxItems(Value<Integer> maxItems) {
      this.maxItems = maxItems;
      return this;
    }

    /** Sets ASL {@code MaxItemsPath}; {@code null} unsets it. */
    public Builder maxItemsPath(ReferencePath maxItemsPath) {
      this.maxItemsPath = maxItemsPath;
      return this;
    }

    /** Builds the ReaderConfig. */
    public ReaderConfig build() {
      return new ReaderConfig(this);
    }
  }
}
