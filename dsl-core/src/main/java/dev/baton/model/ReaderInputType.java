package dev.baton.model;

/** The format of a distributed Map's dataset: ASL ReaderConfig {@code InputType}. Constants are spelled as in ASL JSON. */
public enum ReaderInputType {
  /** {@code "CSV"}. */
  CSV,
  /** {@code "JSON"}. */
  JSON,
  /** {@code "JSONL"}. */
  JSONL,
  /** {@code "MANIFEST"}. */
  MANIFEST,
  /** {@code "PARQUET"}. */
  PARQUET
}
