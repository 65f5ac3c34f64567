package dev.baton.model;

/** The format of a manifest dataset: ASL ReaderConfig {@code ManifestType}. Constants are spelled as in ASL JSON. */
public enum ManifestType {
  /** {@code "ATHENA_DATA"}. */
  ATHENA_DATA,
  /** {@code "S3_INVENTORY"}. */
  S3_INVENTORY,
  /** {@code "CSV"}. */
  CSV
}
