package dev.baton.model;

/** The field delimiter of a CSV dataset: ASL ReaderConfig {@code CSVDelimiter}; COMMA by default. Constants are spelled as in ASL JSON. */
public enum CsvDelimiter {
  /** {@code "COMMA"}. */
  COMMA,
  /** {@code "PIPE"}. */
  PIPE,
  /** {@code "SEMICOLON"}. */
  SEMICOLON,
  /** {@code "SPACE"}. */
  SPACE,
  /** {@code "TAB"}. */
  TAB
}
